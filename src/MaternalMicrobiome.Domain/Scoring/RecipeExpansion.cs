using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>
/// A recipe is scored as its ingredients: eating g grams of a recipe weighing W grams in all is eating g × (grams of
/// the ingredient / W) of each ingredient, so each ingredient's plants, fiber and warnings count.
/// </summary>
public static class RecipeExpansion
{
    public static IEnumerable<ConsumedFood> Expand(ConsumedFood item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var recipe = item.Food;
        var totalGrams = recipe.Ingredients.Sum(i => i.Grams);
        if (!recipe.IsRecipe || totalGrams <= 0)
        {
            return [item];
        }

        return recipe.Ingredients
            .Where(i => i.Food is not null && i.Grams > 0)
            .Select(i => new ConsumedFood(i.Food!, item.Grams * i.Grams / totalGrams, item.Date));
    }

    /// <summary>Nutrients per 100 g of a recipe, from its ingredients, for display and the catalog.</summary>
    public static double? PerHundredGrams(Food recipe, Func<Food, double?> nutrient)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        ArgumentNullException.ThrowIfNull(nutrient);
        var totalGrams = recipe.Ingredients.Sum(i => i.Grams);
        return totalGrams <= 0
            ? null
            : recipe.Ingredients.Where(i => i.Food is not null).Sum(i => (nutrient(i.Food!) ?? 0) * i.Grams / 100) * 100 / totalGrams;
    }
}
