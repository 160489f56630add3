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
}
