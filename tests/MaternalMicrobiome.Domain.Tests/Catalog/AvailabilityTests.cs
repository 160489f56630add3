using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Suggestions;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Catalog;

/// <summary>Which catalog foods are gathered in a region rather than sold in shops, on SR28's names and groups.</summary>
public sealed class AvailabilityTests
{
    private const string Fruits = "Fruits and Fruit Juices";

    [Theory]
    [InlineData("Rose Hips, wild (Northern Plains Indians)")]
    [InlineData("Cloudberries, raw (Alaska Native)")]
    [InlineData("Raspberries, wild (Northern Plains Indians)")]
    public void Wild_and_traditional_foods_of_a_community_are_gathered_regionally(string name) =>
        Assert.True(Availability.IsGatheredRegionally(Food(name, Availability.RegionalTraditionalFoods)));

    [Theory]
    [InlineData("Raspberries, raw", Fruits)]
    [InlineData("Blueberries, wild, frozen", Fruits)]
    [InlineData("Kefir, lowfat, plain, LIFEWAY", "Dairy and Egg Products")]
    public void Foods_of_the_other_groups_are_not(string name, string group) =>
        Assert.False(Availability.IsGatheredRegionally(Food(name, group)));

    [Fact]
    public void Wild_raspberries_are_never_suggested_the_shop_ones_are()
    {
        // The wild ones carry more fiber, so without the rule the greedy pick would be theirs.
        var wild = Raspberries(9101, "Raspberries, wild (Northern Plains Indians)", Availability.RegionalTraditionalFoods, fiber: 7.5);
        var shop = Raspberries(9102, "Raspberries, raw", Fruits, fiber: 6.5);
        var stage = TestStages.PregnantTrimester2;

        var suggestions = GapCloser.Suggest(TestStages.Today, [], [wild, shop], DefaultTargets.For(stage), stage, DietPreferences.None);

        Assert.Equal(shop.Id, Assert.Single(suggestions).Food.Id);
    }

    private static Food Raspberries(int id, string name, string group, double fiber) => new()
    {
        Id = id, Key = $"test-{id}", Name = name, FoodGroup = group, FiberG = fiber, ServingGrams = 123,
        PlantSpecies = ["rubus-idaeus"], PlantPoints = 1, Colours = PlantColours.RedOrange, NovaGroup = 1,
        Portions = [new() { Sequence = 1, Description = "1 cup", Grams = 123 }],
    };

    private static Food Food(string name, string group) => new() { Key = "test", Name = name, FoodGroup = group };
}
