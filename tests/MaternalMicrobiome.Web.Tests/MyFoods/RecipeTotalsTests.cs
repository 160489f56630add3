using MaternalMicrobiome.Web.Features.MyFoods;

namespace MaternalMicrobiome.Web.Tests.MyFoods;

public sealed class RecipeTotalsTests
{
    public static readonly IngredientFood Lentils = new(1, "Lentils, cooked", "Legumes and Legume Products", 7.9, ["lens-culinaris"], 198, "1 cup");
    public static readonly IngredientFood Onion = new(2, "Onion, raw", "Vegetables and Vegetable Products", 1.7, ["allium-cepa"], 160, "1 cup, chopped");
    public static readonly IngredientFood Garlic = new(3, "Garlic, raw", "Vegetables and Vegetable Products", 2.1, ["allium-sativum"], 3, "1 clove");
    public static readonly IngredientFood Salt = new(4, "Salt, table", "Spices and Herbs", null, [], 6, "1 tsp");

    [Fact]
    public void A_dal_of_two_servings_splits_weight_and_fiber_and_lists_each_plant_once()
    {
        var totals = RecipeTotals.Of([new(Lentils, 200), new(Onion, 80), new(Garlic, 6), new(Salt, 2), new(Onion, 20)], 2);

        Assert.Equal(308, totals.TotalGrams);
        Assert.Equal(154, totals.GramsPerServing);
        Assert.Equal((200 * 7.9 + 100 * 1.7 + 6 * 2.1) / 100 / 2, totals.FiberPerServing, 9);
        Assert.Equal(["allium-cepa", "allium-sativum", "lens-culinaris"], totals.Plants);
    }

    [Fact]
    public void No_ingredients_or_only_bad_grams_give_empty_totals()
    {
        Assert.Equal(RecipeTotals.Empty, RecipeTotals.Of([], 2));
        Assert.Equal(RecipeTotals.Empty, RecipeTotals.Of([new(Lentils, 0), new(Onion, double.NaN)], 2));
    }

    [Fact]
    public void Servings_below_one_count_as_one_while_she_is_still_typing() =>
        Assert.Equal(200, RecipeTotals.Of([new(Lentils, 200)], 0).GramsPerServing);
}
