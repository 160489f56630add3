using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Planning;

/// <summary>The aisle of every food group of the real seeded catalog (seeds/foods.csv).</summary>
public sealed class ShopAislesTests
{
    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Seeded = new(() => SeedCsv.Read("foods.csv"));

    public static TheoryData<string, ShopAisle> GroupAisles { get; } = new()
    {
        { "Vegetables and Vegetable Products", ShopAisle.Produce },
        { "Fruits and Fruit Juices", ShopAisle.Produce },
        { "Dairy and Egg Products", ShopAisle.DairyAndEggs },
        { "Baked Products", ShopAisle.GrainsAndBakery },
        { "Breakfast Cereals", ShopAisle.GrainsAndBakery },
        { "Cereal Grains and Pasta", ShopAisle.GrainsAndBakery },
        { "Legumes and Legume Products", ShopAisle.TinsAndJars },
        { "Nut and Seed Products", ShopAisle.TinsAndJars },
        { "Spices and Herbs", ShopAisle.TinsAndJars },
        { "Fats and Oils", ShopAisle.TinsAndJars },
        { "Soups, Sauces, and Gravies", ShopAisle.TinsAndJars },
        { "Beef Products", ShopAisle.MeatAndFish },
        { "Lamb, Veal, and Game Products", ShopAisle.MeatAndFish },
        { "Pork Products", ShopAisle.MeatAndFish },
        { "Poultry Products", ShopAisle.MeatAndFish },
        { "Finfish and Shellfish Products", ShopAisle.MeatAndFish },
        { "Sausages and Luncheon Meats", ShopAisle.MeatAndFish },
        { "Beverages", ShopAisle.Other },
        { "Sweets", ShopAisle.Other },
        { "Snacks", ShopAisle.Other },
        { "Baby Foods", ShopAisle.Other },
        { "Fast Foods", ShopAisle.Other },
        { "Restaurant Foods", ShopAisle.Other },
        { "Meals, Entrees, and Side Dishes", ShopAisle.Other },
        { "American Indian/Alaska Native Foods", ShopAisle.Other },
    };

    [Fact]
    public void Every_food_group_of_the_seeded_catalog_has_an_aisle_and_a_row_here()
    {
        var seededGroups = Seeded.Value.Values.Select(r => r["food_group"]).ToHashSet(StringComparer.Ordinal);
        var tested = GroupAisles.Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.True(seededGroups.Count >= 25, $"{seededGroups.Count} food groups in foods.csv");
        Assert.DoesNotContain(seededGroups, g => !ShopAisles.ByFoodGroup.ContainsKey(g));
        Assert.Subset(tested, seededGroups);
    }

    [Theory]
    [MemberData(nameof(GroupAisles))]
    public void A_plain_food_of_a_group_is_in_its_aisle(string group, ShopAisle aisle)
    {
        var plain = Seeded.Value.Values.First(r => r["food_group"] == group && !r["name"].Contains("canned", StringComparison.OrdinalIgnoreCase)
            && !r["name"].Contains("frozen", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(aisle, ShopAisles.For(group, plain["name"]));
    }

    [Fact]
    public void Seeded_canned_and_frozen_foods_are_in_tins_and_jars_and_the_freezer()
    {
        var rows = Seeded.Value.Values.ToList();
        var canned = rows.Where(r => r["name"].Contains("canned", StringComparison.OrdinalIgnoreCase)).ToList();
        var frozen = rows.Where(r => r["name"].Contains("frozen", StringComparison.OrdinalIgnoreCase) && !r["name"].Contains("canned", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(canned);
        Assert.NotEmpty(frozen);
        Assert.All(canned, r => Assert.Equal(ShopAisle.TinsAndJars, ShopAisles.For(r["food_group"], r["name"])));
        Assert.All(frozen, r => Assert.Equal(ShopAisle.Frozen, ShopAisles.For(r["food_group"], r["name"])));
    }

    [Theory]
    [InlineData("usda-09040", ShopAisle.Produce)]
    [InlineData("usda-01289", ShopAisle.DairyAndEggs)]
    [InlineData("usda-16070", ShopAisle.TinsAndJars)]
    [InlineData("usda-20445", ShopAisle.GrainsAndBakery)]
    public void Seeded_foods_of_a_week_plan_are_in_the_expected_aisle(string key, ShopAisle aisle) =>
        Assert.Equal(aisle, ShopAisles.For(Seeded.Value[key]["food_group"], Seeded.Value[key]["name"]));

    [Fact]
    public void A_food_group_the_map_does_not_know_is_other() =>
        Assert.Equal(ShopAisle.Other, ShopAisles.For("Recipes", "Lentil soup"));
}
