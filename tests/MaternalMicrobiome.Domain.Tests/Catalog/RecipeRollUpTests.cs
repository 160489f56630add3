using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Tests.Catalog;

public sealed class RecipeRollUpTests
{
    [Fact]
    public void A_recipe_row_spreads_each_ingredient_over_its_weight_and_an_unknown_prenatal_value_stays_unknown()
    {
        // 300 g of fish with iodine and DHA, 100 g of rice with no iodine value and no energy value.
        var fish = new Food
        {
            Key = "mm-fish", Name = "Fish", FoodGroup = "Fish", EnergyKcal = 200, FiberG = 0, IodineUg = 40, DhaG = 1.2, EpaG = 0.4,
            NovaGroup = 1, DietTags = DietTags.GlutenFree, Allergens = Allergens.Fish,
        };
        var rice = new Food
        {
            Key = "mm-rice", Name = "Rice", FoodGroup = "Grains", EnergyKcal = null, FiberG = 2, IodineUg = null, DhaG = 0, EpaG = 0,
            NovaGroup = 2, DietTags = DietTags.GlutenFree | DietTags.Vegan, PlantSpecies = ["oryza-sativa"], PlantPoints = 1,
        };
        var recipe = new Food
        {
            Key = "custom-bowl", Name = "Bowl", FoodGroup = "Recipes", IsFermented = true,
            Ingredients = [new RecipeIngredient { Food = fish, Grams = 300 }, new RecipeIngredient { Food = rice, Grams = 100 }],
        };

        RecipeRollUp.Apply(recipe);

        Assert.Null(recipe.IodineUg);
        Assert.Equal(0.9, recipe.DhaG!.Value, 9);
        Assert.Equal(0.3, recipe.EpaG!.Value, 9);
        Assert.Equal(150, recipe.EnergyKcal!.Value, 9);
        Assert.Equal(0.5, recipe.FiberG!.Value, 9);
        Assert.Null(recipe.CholineMg);
        Assert.Equal(["oryza-sativa"], recipe.PlantSpecies);
        Assert.Equal(DietTags.GlutenFree, recipe.DietTags);
        Assert.Equal(Allergens.Fish, recipe.Allergens);
        Assert.Equal(2, recipe.NovaGroup);
        Assert.False(recipe.IsFermented);
    }
}
