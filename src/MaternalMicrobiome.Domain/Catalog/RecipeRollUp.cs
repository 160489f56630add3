namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>
/// What a recipe's own catalog row shows, worked out from its ingredients: nutrients per 100 g of the whole pot, the
/// union of the plants, the strictest diet tags, every risk and allergen. The scorer never reads these values (it
/// counts each ingredient, <see cref="Scoring.RecipeExpansion"/>); the catalog, search and My foods show them.
/// </summary>
public static class RecipeRollUp
{
    /// <summary>
    /// Per 100 g of the recipe: the grams-weighted mean of the ingredients. Unknown when any ingredient that weighs
    /// something is unknown, or when the recipe weighs nothing.
    /// </summary>
    public static double? PerHundredGrams(IReadOnlyCollection<IngredientAmount> ingredients)
    {
        ArgumentNullException.ThrowIfNull(ingredients);
        var weighed = ingredients.Where(i => i.Grams > 0).ToList();
        return weighed.Count == 0 || weighed.Any(i => i.PerHundredGrams is null)
            ? null
            : weighed.Sum(i => i.PerHundredGrams!.Value * i.Grams) / weighed.Sum(i => i.Grams);
    }

    /// <summary>
    /// Per 100 g for the energy, macro, sugar, water, caffeine and alcohol columns, as they have always been shown:
    /// unknown only when no ingredient has a value, otherwise the unknown ones count as 0.
    /// </summary>
    public static double? PerHundredGramsCountingUnknownAsZero(IReadOnlyCollection<IngredientAmount> ingredients)
    {
        ArgumentNullException.ThrowIfNull(ingredients);
        var totalGrams = ingredients.Sum(i => i.Grams);
        return totalGrams <= 0 || ingredients.All(i => i.PerHundredGrams is null)
            ? null
            : ingredients.Sum(i => (i.PerHundredGrams ?? 0) * i.Grams) / totalGrams;
    }

    /// <summary>
    /// Sets every derived value of <paramref name="recipe"/> from its loaded ingredients (portions and version are the
    /// caller's). A recipe without ingredients keeps its processing group.
    /// </summary>
    public static void Apply(Food recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var ingredients = recipe.Ingredients.Where(i => i.Food is not null).ToList();
        var foods = ingredients.Select(i => i.Food!).ToList();
        double? Lenient(Func<Food, double?> nutrient) => PerHundredGramsCountingUnknownAsZero(Amounts(ingredients, nutrient));
        double? Strict(Func<Food, double?> nutrient) => PerHundredGrams(Amounts(ingredients, nutrient));

        recipe.EnergyKcal = Lenient(f => f.EnergyKcal);
        recipe.ProteinG = Lenient(f => f.ProteinG);
        recipe.CarbohydrateG = Lenient(f => f.CarbohydrateG);
        recipe.FiberG = Lenient(f => f.FiberG);
        recipe.TotalSugarsG = Lenient(f => f.TotalSugarsG);
        recipe.AddedSugarsG = Lenient(f => f.AddedSugarsG);
        recipe.AddedSugarsEstimated = foods.Any(f => f.AddedSugarsEstimated);
        recipe.WaterG = Lenient(f => f.WaterG);
        recipe.CaffeineMg = Lenient(f => f.CaffeineMg);
        recipe.AlcoholG = Lenient(f => f.AlcoholG);

        // The prenatal columns are unknown as soon as one ingredient is: 0 for a value USDA does not publish (iodine
        // in salmon, choline in some fish) would show the recipe lower than it is, as if measured.
        recipe.FolateDfeUg = Strict(f => f.FolateDfeUg);
        recipe.IronMg = Strict(f => f.IronMg);
        recipe.CholineMg = Strict(f => f.CholineMg);
        recipe.DhaG = Strict(f => f.DhaG);
        recipe.EpaG = Strict(f => f.EpaG);
        recipe.VitaminDUg = Strict(f => f.VitaminDUg);
        recipe.VitaminB12Ug = Strict(f => f.VitaminB12Ug);
        recipe.CalciumMg = Strict(f => f.CalciumMg);
        recipe.IodineUg = Strict(f => f.IodineUg);

        recipe.PlantSpecies = foods.SelectMany(f => f.PlantSpecies).Distinct(StringComparer.Ordinal).ToList();
        recipe.PlantPoints = recipe.PlantSpecies.Count == 0 ? 0 : foods.Where(f => f.IsPlant).Max(f => f.PlantPoints is > 0 and <= 1 ? f.PlantPoints : 1);
        recipe.Colours = foods.Aggregate(PlantColours.None, (all, f) => all | f.Colours);
        recipe.PregnancyRisks = foods.Aggregate(PregnancyRisks.None, (all, f) => all | f.PregnancyRisks);
        recipe.Allergens = foods.Aggregate(Allergens.None, (all, f) => all | f.Allergens);
        recipe.DietTags = foods.Count == 0 ? DietTags.None : foods.Aggregate(~DietTags.None, (all, f) => all & f.DietTags);
        recipe.NovaGroup = foods.Count == 0 ? recipe.NovaGroup : foods.Max(f => f.NovaGroup);
        recipe.IsBeverage = foods.Count > 0 && foods.All(f => f.IsBeverage);

        // Cooking kills live cultures, and the ingredients earn their own prebiotic servings when the recipe is scored.
        recipe.IsFermented = false;
        recipe.HasLiveCultures = false;
        recipe.IsPrebioticRich = false;
        recipe.ServingGrams = null;
    }

    private static List<IngredientAmount> Amounts(List<RecipeIngredient> ingredients, Func<Food, double?> nutrient) =>
        ingredients.Select(i => new IngredientAmount(nutrient(i.Food!), i.Grams)).ToList();
}
