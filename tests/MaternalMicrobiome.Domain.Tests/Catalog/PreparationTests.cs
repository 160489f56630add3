using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Domain.Suggestions;
using MaternalMicrobiome.Domain.Tests.TestData;

namespace MaternalMicrobiome.Domain.Tests.Catalog;

/// <summary>Which catalog foods are only eaten cooked, on names as USDA SR28 writes them.</summary>
public sealed class PreparationTests
{
    private const string Legumes = "Legumes and Legume Products";
    private const string Grains = "Cereal Grains and Pasta";

    [Theory]
    [InlineData("Hyacinth beans, mature seeds, raw", Legumes)]
    [InlineData("Beans, kidney, all types, mature seeds, raw", Legumes)]
    [InlineData("Lentils, raw", Legumes)]
    [InlineData("Lentils, pink or red, raw", Legumes)]
    [InlineData("Soy flour, full-fat, raw", Legumes)]
    [InlineData("Quinoa, uncooked", Grains)]
    [InlineData("Rice, brown, long-grain, raw", Grains)]
    [InlineData("Bulgur, dry", Grains)]
    [InlineData("Pasta, whole-wheat, dry", Grains)]
    [InlineData("Barley, hulled", Grains)]
    [InlineData("Buckwheat", Grains)]
    [InlineData("Rice, white, long-grain, precooked or instant, enriched, dry", Grains)]
    [InlineData("Wheat bran, crude", Grains)]
    [InlineData("Papad", Legumes)]
    [InlineData("Potato flour", "Vegetables and Vegetable Products")]
    [InlineData("Fungi, Cloud ears, dried", "Vegetables and Vegetable Products")]
    [InlineData("Mushrooms, shiitake, dried", "Vegetables and Vegetable Products")]
    [InlineData("Elderberries, raw", "Fruits and Fruit Juices")]
    [InlineData("Beans, fava, in pod, raw", "Vegetables and Vegetable Products")]
    [InlineData("Broadbeans, immature seeds, raw", "Vegetables and Vegetable Products")]
    [InlineData("Cassava, raw", "Vegetables and Vegetable Products")]
    [InlineData("Pokeberry shoots, (poke), raw", "Vegetables and Vegetable Products")]
    [InlineData("Lima beans, immature seeds, raw", "Vegetables and Vegetable Products")]
    [InlineData("Succotash, (corn and limas), raw", "Vegetables and Vegetable Products")]
    [InlineData("Mushrooms, morel, raw", "Vegetables and Vegetable Products")]
    [InlineData("Fiddlehead ferns, raw", "Vegetables and Vegetable Products")]
    [InlineData("Bamboo shoots, raw", "Vegetables and Vegetable Products")]
    [InlineData("Taro, raw", "Vegetables and Vegetable Products")]
    [InlineData("Fish, salmon, Atlantic, wild, raw", "Finfish and Shellfish Products")]
    [InlineData("Fish, cod, Pacific, raw (may have been previously frozen)", "Finfish and Shellfish Products")]
    [InlineData("Beef, ground, 85% lean meat / 15% fat, raw", "Beef Products")]
    [InlineData("Chicken, broilers or fryers, breast, meat only, raw", "Poultry Products")]
    public void Dry_beans_lentils_grains_pasta_flours_and_dried_mushrooms_must_be_cooked_first(string name, string group) =>
        Assert.True(Preparation.MustBeCookedFirst(Food(name, group)));

    [Theory]
    [InlineData("Lentils, mature seeds, cooked, boiled, without salt", Legumes)]
    [InlineData("Beans, black turtle, mature seeds, canned", Legumes)]
    [InlineData("Tofu, raw, firm, prepared with calcium sulfate", Legumes)]
    [InlineData("Peanuts, all types, raw", Legumes)]
    [InlineData("Rice, brown, long-grain, cooked", Grains)]
    [InlineData("Pasta, gluten-free, corn and rice flour, cooked", Grains)]
    [InlineData("Hummus, home prepared", Legumes)]
    [InlineData("Mushrooms, shiitake, raw", "Vegetables and Vegetable Products")]
    [InlineData("Blueberries, dried, sweetened", "Fruits and Fruit Juices")]
    [InlineData("Oats, rolled, dry", "Breakfast Cereals")]
    [InlineData("Apple, raw, with skin", "Fruits and Fruit Juices")]
    [InlineData("Lima beans, immature seeds, cooked, boiled, drained, without salt", "Vegetables and Vegetable Products")]
    [InlineData("Bamboo shoots, canned, drained solids", "Vegetables and Vegetable Products")]
    [InlineData("Cassava, cooked", "Vegetables and Vegetable Products")]
    [InlineData("Yambean (jicama), raw", "Vegetables and Vegetable Products")]
    [InlineData("Fish, salmon, sockeye, cooked, dry heat", "Finfish and Shellfish Products")]
    [InlineData("Fish, sardine, Atlantic, canned in oil, drained solids with bone", "Finfish and Shellfish Products")]
    public void Cooked_canned_and_ready_to_eat_foods_are_not(string name, string group) =>
        Assert.False(Preparation.MustBeCookedFirst(Food(name, group)));

    [Fact]
    public void Dry_lentils_are_never_suggested_only_their_cooked_form()
    {
        var dryLentils = new Food
        {
            Id = 9001, Key = "usda-16069", Name = "Lentils, raw", FoodGroup = Legumes, FiberG = 10.7, ServingGrams = 50,
            PlantSpecies = ["lens-culinaris"], PlantPoints = 1, IsPrebioticRich = true, NovaGroup = 1,
            Portions = [new() { Sequence = 1, Description = "1 cup", Grams = 192 }],
        };
        var cookedLentils = new Food
        {
            Id = 9002, Key = "usda-16070", Name = "Lentils, mature seeds, cooked, boiled, without salt", FoodGroup = Legumes, FiberG = 7.9,
            ServingGrams = 198, PlantSpecies = ["lens-culinaris"], PlantPoints = 1, IsPrebioticRich = true, NovaGroup = 1,
            Portions = [new() { Sequence = 1, Description = "1 cup", Grams = 198 }],
        };
        var stage = TestStages.PregnantTrimester2;

        // Both would add fiber to an empty day; only the cooked one is proposed.
        var suggestions = GapCloser.Suggest(TestStages.Today, [], [dryLentils, cookedLentils], DefaultTargets.For(stage), stage, DietPreferences.None);

        Assert.Equal(cookedLentils.Id, Assert.Single(suggestions).Food.Id);
    }

    private static Food Food(string name, string group) => new() { Key = "test", Name = name, FoodGroup = group };
}
