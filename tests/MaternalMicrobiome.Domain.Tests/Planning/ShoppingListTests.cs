using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Planning;

public sealed class ShoppingListTests
{
    private static readonly DateOnly Day = TestStages.Today;

    /// <summary>A 400 g recipe: 300 g lentils and 100 g onion.</summary>
    private static Food LentilSoup { get; } = new()
    {
        Id = 900, Key = "custom-soup", Name = "Lentil soup", FoodGroup = "Recipes", OwnerId = "m",
        Ingredients =
        [
            new() { FoodId = TestFoods.LentilsCooked.Id, Food = TestFoods.LentilsCooked, Grams = 300 },
            new() { FoodId = TestFoods.Onion.Id, Food = TestFoods.Onion, Grams = 100 },
        ],
    };

    [Fact]
    public void Recipes_are_expanded_and_grams_summed_per_food_over_the_week()
    {
        var list = ShoppingList.Build(
        [
            new ConsumedFood(LentilSoup, 200, Day),
            new ConsumedFood(LentilSoup, 200, Day.AddDays(2)),
            new ConsumedFood(TestFoods.LentilsCooked, 50, Day.AddDays(3)),
        ]);

        Assert.DoesNotContain(list.Items, i => i.Name == "Lentil soup");
        Assert.Equal(350, list.Items.Single(i => i.Name == TestFoods.LentilsCooked.Name).Grams, 6);
        Assert.Equal(100, list.Items.Single(i => i.Name == TestFoods.Onion.Name).Grams, 6);
    }

    [Fact]
    public void Items_are_grouped_by_shop_aisle_in_the_order_of_a_walk_through_the_shop()
    {
        var list = ShoppingList.Build([new ConsumedFood(TestFoods.Kefir, 170, Day), new ConsumedFood(TestFoods.Banana, 118, Day), new ConsumedFood(TestFoods.RolledOats, 40, Day)]);

        Assert.Equal([ShopAisle.Produce, ShopAisle.DairyAndEggs, ShopAisle.GrainsAndBakery], list.Aisles.Select(a => a.Key));
        Assert.Equal(TestFoods.Banana.Name, Assert.Single(list.Aisles[0]).Name);
    }

    [Fact]
    public void Three_bananas_are_bought_as_3_medium_ones_with_their_grams_or_ounces()
    {
        var list = ShoppingList.Build([new ConsumedFood(TestFoods.Banana, 354, Day)]);
        var banana = Assert.Single(list.Items);

        Assert.Equal(BuyingUnit.Items, banana.Buy.Unit);
        Assert.Equal(3, banana.Buy.Amount);
        Assert.StartsWith("1 medium", banana.Buy.Portion, StringComparison.Ordinal);
        Assert.Equal($"3 × {banana.Buy.Portion} (354 g)", ShoppingQuantity.Describe(banana, MeasurementUnits.Metric));
        Assert.Equal($"3 × {banana.Buy.Portion} (12.5 oz)", ShoppingQuantity.Describe(banana, MeasurementUnits.UsCustomary));
    }

    [Fact]
    public void Cooked_lentils_are_bought_dry_and_kefir_by_the_litre()
    {
        var list = ShoppingList.Build([new ConsumedFood(TestFoods.LentilsCooked, 750, Day), new ConsumedFood(TestFoods.Kefir, 1200, Day)]);
        var lentils = list.Items.Single(i => i.FoodId == TestFoods.LentilsCooked.Id && i.Name == TestFoods.LentilsCooked.Name);
        var kefir = list.Items.Single(i => i.Name == TestFoods.Kefir.Name);

        Assert.Equal("300 g dry (750 g cooked)", ShoppingQuantity.Describe(lentils, MeasurementUnits.Metric));
        Assert.Equal(ShopAisle.TinsAndJars, lentils.Aisle);
        Assert.Equal("1.2 L", ShoppingQuantity.Describe(kefir, MeasurementUnits.Metric));
        Assert.Equal("40.6 fl oz", ShoppingQuantity.Describe(kefir, MeasurementUnits.UsCustomary));
    }

    [Theory]
    [InlineData(500, MeasurementUnits.Metric, "500 g")]
    [InlineData(1250, MeasurementUnits.Metric, "1.25 kg")]
    [InlineData(100, MeasurementUnits.UsCustomary, "3.5 oz")]
    [InlineData(907.18, MeasurementUnits.UsCustomary, "2 lb")]
    public void Weights_read_in_grams_or_ounces_and_pounds(double grams, MeasurementUnits units, string expected) =>
        Assert.Equal(expected, ShoppingQuantity.Weight(grams, units));

    [Fact]
    public void A_food_without_portions_falls_back_to_its_weight()
    {
        var plain = new Food { Id = 901, Key = "x", Name = "Loose oats", FoodGroup = "Cereals" };
        var item = Assert.Single(ShoppingList.Build([new ConsumedFood(plain, 250, Day)]).Items);

        Assert.Equal(BuyingUnit.Weight, item.Buy.Unit);
        Assert.Null(item.Buy.Portion);
        Assert.Equal(ShopAisle.Other, item.Aisle);
        Assert.Equal("250 g", ShoppingQuantity.Describe(item, MeasurementUnits.Metric));
    }

    [Property]
    public Property The_list_holds_the_same_total_grams_as_the_plan() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(1, 2000))), grams =>
        {
            var foods = new[] { TestFoods.Banana, TestFoods.Kefir, LentilSoup, TestFoods.LentilsCooked };
            var planned = grams.Select((g, i) => new ConsumedFood(foods[i % foods.Length], g, Day)).ToList();
            var list = ShoppingList.Build(planned);
            return Math.Abs(list.Items.Sum(i => i.Grams) - grams.Sum()) < 1e-6 * Math.Max(1, grams.Sum())
                && list.Items.Select(i => i.Name).Distinct().Count() == list.Items.Count;
        });
}
