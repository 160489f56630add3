using MaternalMicrobiome.Web.Features.MyFoods;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

public sealed class RecipeRequestValidatorTests
{
    private static readonly RecipeRequestValidator Validator = new();

    private static (string Property, string Message) OnlyFailure(RecipeRequest request)
    {
        var failure = Assert.Single(Validator.Validate(request).Errors);
        return (failure.PropertyName, failure.ErrorMessage);
    }

    [Fact]
    public void A_named_recipe_of_1_to_50_servings_with_ingredients_is_valid()
    {
        Assert.True(Validator.Validate(TestFoods.Recipe("Dal", 1, (1, 200))).IsValid);
        Assert.True(Validator.Validate(TestFoods.Recipe("Dal", 50, (1, 5000))).IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Servings_must_be_1_to_50(int servings) =>
        Assert.Equal(("Servings", "Servings must be 1 to 50."), OnlyFailure(TestFoods.Recipe("Dal", servings, (1, 200))));

    [Theory]
    [InlineData(0, "Ingredient grams must be more than 0.")]
    [InlineData(5001, "Ingredient grams must be at most 5,000.")]
    [InlineData(double.NaN, "Ingredient grams must be a number.")]
    public void Each_ingredient_needs_sensible_grams(double grams, string message) =>
        Assert.Equal(("Ingredients[1].Grams", message), OnlyFailure(TestFoods.Recipe("Dal", 2, (1, 200), (2, grams))));

    [Fact]
    public void A_recipe_needs_a_name_and_an_ingredient()
    {
        Assert.Equal(("Name", "Name is required."), OnlyFailure(TestFoods.Recipe("", 2, (1, 200))));
        Assert.Equal(("Ingredients", "Ingredients: add at least one ingredient."), OnlyFailure(TestFoods.Recipe("Dal", 2)));
        Assert.Equal(("Ingredients[0].FoodId", "Ingredient: choose a food."), OnlyFailure(TestFoods.Recipe("Dal", 2, (0, 200))));
    }
}
