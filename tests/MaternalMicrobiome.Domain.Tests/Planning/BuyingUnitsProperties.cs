using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Planning;

/// <summary>The buying-unit conversion and the aisle grouping keep every planned gram and item.</summary>
public sealed class BuyingUnitsProperties
{
    private static readonly DateOnly Day = TestStages.Today;

    private static readonly Food[] Foods =
    [
        TestFoods.Banana, TestFoods.Kefir, TestFoods.LentilsCooked, TestFoods.RolledOats, TestFoods.Onion, TestFoods.RedOnion,
        TestFoods.SauerkrautCanned, TestFoods.Swordfish, TestFoods.Brie, TestFoods.Garlic, TestFoods.Cinnamon,
    ];

    [Property]
    public Property Counting_whole_items_never_loses_an_item() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 200_000)), Arb.From(Gen.Choose(1, 5_000)), (centigrams, itemCentigrams) =>
        {
            var grams = centigrams / 100.0;
            var perItem = itemCentigrams / 100.0;
            var items = BuyingUnits.ItemsFor(grams, perItem);

            // Enough items for the plan, and one fewer would be short.
            return items * perItem >= grams - 1e-6 && (items - 1) * perItem < grams;
        });

    [Property]
    public Property Every_conversion_accounts_for_all_the_planned_grams() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, Foods.Length - 1)), Arb.From(Gen.Choose(1, 5_000)), (index, grams) =>
        {
            var food = Foods[index];
            var buy = BuyingUnits.For(food, grams);
            var bought = buy.Unit switch
            {
                BuyingUnit.DryWeight => buy.Amount * BuyingUnits.CookedPerDry,
                BuyingUnit.Litres => buy.Amount * 1000 * BuyingUnits.GramsPerMillilitre,
                BuyingUnit.Items => buy.Amount * food.Portions.Single(p => p.Description == buy.Portion).Grams,
                _ => buy.Amount,
            };
            return buy.PlannedGrams == grams && (buy.Unit == BuyingUnit.Items ? bought >= grams - 1e-6 : Math.Abs(bought - grams) < 1e-6);
        });

    [Property]
    public Property The_totals_per_aisle_add_up_to_the_plan_and_each_food_is_in_one_aisle() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(1, 2000))), grams =>
        {
            var planned = grams.Select((g, i) => new ConsumedFood(Foods[i % Foods.Length], g, Day)).ToList();
            var list = ShoppingList.Build(planned);
            var aisleTotal = Enum.GetValues<ShopAisle>().Sum(list.GramsIn);
            var inAisles = list.Aisles.SelectMany(a => a).ToList();
            return Math.Abs(aisleTotal - grams.Sum()) < 1e-6 * Math.Max(1, grams.Sum())
                && inAisles.Count == list.Items.Count
                && inAisles.Select(i => i.Name).Distinct().Count() == list.Items.Count
                && list.Aisles.Select(a => a.Key).SequenceEqual(list.Aisles.Select(a => a.Key).Order());
        });

    [Theory]
    [InlineData("1 medium (7\" to 7-7/8\" long)", true)]
    [InlineData("1 large", true)]
    [InlineData("1 fruit (2-3/4\" dia)", true)]
    [InlineData("1 clove", true)]
    [InlineData("1 cup, sliced", false)]
    [InlineData("1 medium slice", false)]
    [InlineData("1 tbsp", false)]
    public void Only_a_whole_item_portion_makes_a_food_bought_by_the_piece(string description, bool whole)
    {
        var food = new Food { Key = "x", Name = "Thing", FoodGroup = "Vegetables and Vegetable Products", Portions = [new() { Sequence = 1, Description = description, Grams = 100 }] };

        Assert.Equal(whole ? BuyingUnit.Items : BuyingUnit.Weight, BuyingUnits.For(food, 250).Unit);
    }

    [Theory]
    [InlineData("Lentils, mature seeds, cooked, boiled, without salt", "Legumes and Legume Products", BuyingUnit.DryWeight)]
    [InlineData("Rice, white, long-grain, regular, cooked, enriched, with salt", "Cereal Grains and Pasta", BuyingUnit.DryWeight)]
    [InlineData("Rice, white, long-grain, precooked or instant, enriched, dry", "Cereal Grains and Pasta", BuyingUnit.Weight)]
    [InlineData("Lentils, raw", "Legumes and Legume Products", BuyingUnit.Weight)]
    [InlineData("Lentils, sprouted, cooked, stir-fried, without salt", "Vegetables and Vegetable Products", BuyingUnit.Weight)]
    public void Only_cooked_legumes_and_grains_are_bought_dry(string name, string group, BuyingUnit expected) =>
        Assert.Equal(expected, BuyingUnits.For(new Food { Key = "x", Name = name, FoodGroup = group }, 500).Unit);
}
