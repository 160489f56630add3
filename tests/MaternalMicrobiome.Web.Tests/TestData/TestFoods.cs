using System.Globalization;
using System.Text;
using CsvHelper;
using MaternalMicrobiome.Data.Catalog;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Features.Admin.Foods;
using MaternalMicrobiome.Web.Features.MyFoods;

namespace MaternalMicrobiome.Web.Tests.TestData;

/// <summary>
/// The one set of test foods for the Web tests: seeded foods by key (see seeds/foods.csv), the same foods as plain
/// objects for rendering tests, and the foods tests ask the app to make (a custom food, a recipe, an admin's food and
/// CSV rows).
/// </summary>
public static class TestFoods
{
    public const string LentilsKey = "usda-16070";
    public const string BananaKey = "usda-09040";
    public const string OnionKey = "usda-11282";
    public const string GarlicKey = "usda-11215";
    public const string KefirKey = "usda-01289";
    public const string AppleKey = "usda-09003";
    public const string LiveSauerkrautKey = "mm-sauerkraut-live";
    public const string KombuchaKey = "mm-kombucha";

    /// <summary>Kefir, an apple, lentils, a little onion, live sauerkraut; kombucha raises a warning in pregnancy.</summary>
    public static IReadOnlyList<(string Key, double Grams)> SampleDay { get; } =
        [(KefirKey, 250), (AppleKey, 180), (LentilsKey, 200), (OnionKey, 80), (LiveSauerkrautKey, 75), (KombuchaKey, 240)];

    // The seeded foods as plain objects, for scoring without a database.

    public static Food Lentils { get; } = new()
    {
        Key = LentilsKey, Name = "Lentils, cooked", FoodGroup = "Legumes and Legume Products", FiberG = 7.9, WaterG = 69.64,
        PlantSpecies = ["lens-culinaris"], PlantPoints = 1, Colours = PlantColours.WhiteTan, IsPrebioticRich = true, ServingGrams = 100,
    };

    public static Food Onion { get; } = new()
    {
        Key = OnionKey, Name = "Onions, raw", FoodGroup = "Vegetables and Vegetable Products", FiberG = 1.7, WaterG = 89.11,
        PlantSpecies = ["allium-cepa"], PlantPoints = 1, Colours = PlantColours.WhiteTan, IsPrebioticRich = true, ServingGrams = 160,
    };

    public static Food Kefir { get; } = new()
    {
        Key = KefirKey, Name = "Kefir, plain, lowfat", FoodGroup = "Dairy and Egg Products", FiberG = 0, WaterG = 89.5,
        IsFermented = true, HasLiveCultures = true, IsBeverage = true, ServingGrams = 170,
    };

    public static Food Brie { get; } = new()
    {
        Key = "usda-01006", Name = "Cheese, brie", FoodGroup = "Dairy and Egg Products", FiberG = 0, WaterG = 48.42,
        IsFermented = true, NovaGroup = 3, PregnancyRisks = PregnancyRisks.SoftCheese,
    };

    // Foods a mother makes.

    public static CustomFoodRequest Sourdough() => new()
    {
        Name = "Grandma's rye sourdough",
        FoodGroup = "Baked Products",
        EnergyKcal = 230,
        FiberG = 6.5,
        TotalSugarsG = 2,
        AddedSugarsG = 0.5,
        PlantSpecies = ["secale-cereale"],
        Colours = PlantColours.WhiteTan,
        IsFermented = true,
        Portions = [new PortionRequest { Description = "1 slice", Grams = 45 }],
    };

    public static RecipeRequest Recipe(string name, int servings, params (int FoodId, double Grams)[] ingredients) => new()
    {
        Name = name,
        Servings = servings,
        Ingredients = ingredients.Select(i => new IngredientRequest { FoodId = i.FoodId, Grams = i.Grams }).ToList(),
    };

    // Foods an admin makes or imports.

    public static string NewKey() => $"mm-test-{Guid.NewGuid():N}";

    /// <summary>A valid food the editor could save: sauerkraut-like, with one portion.</summary>
    public static FoodEditRequest NewFood(string? key = null) => new()
    {
        Key = key ?? NewKey(),
        Name = "Test sauerkraut",
        Synonyms = "fermented cabbage; kraut",
        FoodGroup = "Vegetables and Vegetable Products",
        [FoodNutrients.Energy] = 19,
        [FoodNutrients.Protein] = 0.9,
        [FoodNutrients.Carbohydrate] = 4.3,
        [FoodNutrients.Fiber] = 2.9,
        [FoodNutrients.TotalSugars] = 1.8,
        [FoodNutrients.AddedSugars] = 0,
        [FoodNutrients.Water] = 92,
        ServingGrams = 30,
        PlantSpecies = "brassica-oleracea",
        PlantPoints = 1,
        IsFermented = true,
        HasLiveCultures = true,
        NovaGroup = 1,
        Portions = [new PortionEdit { Description = "1 cup", Grams = 142 }],
    };

    public static FoodSeedRow Row(string key, string name = "Imported kefir", double? fiber = 0) => new()
    {
        Key = key,
        Name = name,
        FoodGroup = "Dairy and Egg Products",
        EnergyKcal = 41,
        ProteinG = 3.8,
        CarbohydrateG = 4.5,
        FiberG = fiber,
        TotalSugarsG = 4.5,
        AddedSugarsG = 0,
        WaterG = 90,
        ServingG = 243,
        PlantPoints = 0,
        Fermented = true,
        LiveCultures = true,
        Beverage = true,
        Nova = 1,
        Allergens = "milk",
        DietTags = "vegetarian",
    };

    /// <summary>A CSV file in the admin export's layout: the seed columns, then <c>portions</c>.</summary>
    public static MemoryStream Csv(params (FoodSeedRow Row, string Portions)[] rows)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            csv.WriteHeader<FoodSeedRow>();
            csv.WriteField("portions");
            csv.NextRecord();
            foreach (var (row, portions) in rows)
            {
                csv.WriteRecord(row);
                csv.WriteField(portions);
                csv.NextRecord();
            }
        }

        stream.Position = 0;
        return stream;
    }

    public static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));
}
