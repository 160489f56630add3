using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Tests.TestData;

/// <summary>
/// Foods for the domain tests. Nutrients are per 100 g and copied exactly from USDA SR28
/// (usda-foods.csv of the shared data folder) where a USDA food exists; an SR28 empty cell stays null.
/// The gut-health attributes (species, colours, servings, live cultures, risks, NOVA group) are curated.
/// </summary>
public static class TestFoods
{
    /// <summary>SR28 08120 "Cereals, oats, regular and quick, not fortified, dry".</summary>
    public static Food RolledOats { get; } = new()
    {
        Key = "usda-08120",
        Name = "Rolled oats",
        FoodGroup = "Breakfast Cereals",
        UsdaNdbId = "08120",
        EnergyKcal = 379,
        ProteinG = 13.15,
        CarbohydrateG = 67.70,
        FiberG = 10.1,
        TotalSugarsG = 0.99,
        WaterG = 10.84,
        CaffeineMg = 0,
        AlcoholG = 0,
        ServingGrams = 40,
        PlantSpecies = ["avena-sativa"],
        PlantPoints = 1,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.DairyFree,
        Portions = [new() { Sequence = 1, Description = "1 cup", Grams = 81 }, new() { Sequence = 2, Description = "0.333 cup", Grams = 27 }],
    };

    /// <summary>SR28 09040 "Bananas, raw"; one medium banana (118 g) is the serving.</summary>
    public static Food Banana { get; } = new()
    {
        Key = "usda-09040",
        Name = "Banana",
        FoodGroup = "Fruits and Fruit Juices",
        UsdaNdbId = "09040",
        EnergyKcal = 89,
        ProteinG = 1.09,
        CarbohydrateG = 22.84,
        FiberG = 2.6,
        TotalSugarsG = 12.23,
        WaterG = 74.91,
        CaffeineMg = 0,
        AlcoholG = 0,
        ServingGrams = 118,
        PlantSpecies = ["musa-acuminata"],
        PlantPoints = 1,
        Colours = PlantColours.Yellow,
        IsPrebioticRich = true,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        Portions =
        [
            new() { Sequence = 1, Description = "1 cup, mashed", Grams = 225 },
            new() { Sequence = 2, Description = "1 cup, sliced", Grams = 150 },
            new() { Sequence = 5, Description = "1 medium (7\" to 7-7/8\" long)", Grams = 118 },
        ],
    };

    /// <summary>SR28 16070 "Lentils, mature seeds, cooked, boiled, without salt".</summary>
    public static Food LentilsCooked { get; } = new()
    {
        Key = "usda-16070",
        Name = "Lentils, cooked",
        FoodGroup = "Legumes and Legume Products",
        UsdaNdbId = "16070",
        EnergyKcal = 116,
        ProteinG = 9.02,
        CarbohydrateG = 20.13,
        FiberG = 7.9,
        TotalSugarsG = 1.80,
        WaterG = 69.64,
        CaffeineMg = 0,
        AlcoholG = 0,
        ServingGrams = 100,
        PlantSpecies = ["lens-culinaris"],
        PlantPoints = 1,
        IsPrebioticRich = true,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        Portions = [new() { Sequence = 1, Description = "1 cup", Grams = 198 }, new() { Sequence = 2, Description = "1 tbsp", Grams = 12.3 }],
    };

    /// <summary>SR28 11282 "Onions, raw".</summary>
    public static Food Onion { get; } = new()
    {
        Key = "usda-11282",
        Name = "Onion",
        FoodGroup = "Vegetables and Vegetable Products",
        UsdaNdbId = "11282",
        EnergyKcal = 40,
        ProteinG = 1.10,
        CarbohydrateG = 9.34,
        FiberG = 1.7,
        TotalSugarsG = 4.24,
        WaterG = 89.11,
        CaffeineMg = 0,
        AlcoholG = 0,
        ServingGrams = 80,
        PlantSpecies = ["allium-cepa"],
        PlantPoints = 1,
        Colours = PlantColours.WhiteTan,
        IsPrebioticRich = true,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        Portions = [new() { Sequence = 1, Description = "1 cup, chopped", Grams = 160 }],
    };

    /// <summary>A second food of the same species as <see cref="Onion"/>; SR28 has no red onion, so the numbers are 11282's.</summary>
    public static Food RedOnion { get; } = new()
    {
        Key = "mm-red-onion",
        Name = "Red onion",
        FoodGroup = "Vegetables and Vegetable Products",
        EnergyKcal = 40,
        ProteinG = 1.10,
        CarbohydrateG = 9.34,
        FiberG = 1.7,
        TotalSugarsG = 4.24,
        WaterG = 89.11,
        CaffeineMg = 0,
        AlcoholG = 0,
        ServingGrams = 80,
        PlantSpecies = ["allium-cepa"],
        PlantPoints = 1,
        Colours = PlantColours.RedOrange | PlantColours.BluePurple,
        IsPrebioticRich = true,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        CurationNote = "Nutrients copied from SR28 11282 (Onions, raw).",
        Portions = [new() { Sequence = 1, Description = "1 medium (2-1/2\" dia)", Grams = 110 }],
    };

    /// <summary>SR28 11215 "Garlic, raw"; two cloves (6 g) are the serving.</summary>
    public static Food Garlic { get; } = new()
    {
        Key = "usda-11215",
        Name = "Garlic",
        FoodGroup = "Vegetables and Vegetable Products",
        UsdaNdbId = "11215",
        EnergyKcal = 149,
        ProteinG = 6.36,
        CarbohydrateG = 33.06,
        FiberG = 2.1,
        TotalSugarsG = 1.00,
        WaterG = 58.58,
        CaffeineMg = 0,
        AlcoholG = 0,
        ServingGrams = 6,
        PlantSpecies = ["allium-sativum"],
        PlantPoints = 1,
        Colours = PlantColours.WhiteTan,
        IsPrebioticRich = true,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        Portions = [new() { Sequence = 3, Description = "1 clove", Grams = 3.0 }],
    };

    /// <summary>SR28 11011 "Asparagus, raw".</summary>
    public static Food Asparagus { get; } = new()
    {
        Key = "usda-11011",
        Name = "Asparagus",
        FoodGroup = "Vegetables and Vegetable Products",
        UsdaNdbId = "11011",
        EnergyKcal = 20,
        ProteinG = 2.20,
        CarbohydrateG = 3.88,
        FiberG = 2.1,
        TotalSugarsG = 1.88,
        WaterG = 93.22,
        CaffeineMg = 0,
        AlcoholG = 0,
        ServingGrams = 60,
        PlantSpecies = ["asparagus-officinalis"],
        PlantPoints = 1,
        Colours = PlantColours.Green,
        IsPrebioticRich = true,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        Portions = [new() { Sequence = 1, Description = "1 cup", Grams = 134 }, new() { Sequence = 2, Description = "1 spear, medium (5-1/4\" to 7\" long)", Grams = 16 }],
    };

    /// <summary>SR28 01289 "Kefir, lowfat, plain, LIFEWAY"; 170 g (6 oz) is the wastyk-2021 serving.</summary>
    public static Food Kefir { get; } = new()
    {
        Key = "usda-01289",
        Name = "Kefir, lowfat, plain",
        FoodGroup = "Dairy and Egg Products",
        UsdaNdbId = "01289",
        EnergyKcal = 41,
        ProteinG = 3.79,
        CarbohydrateG = 4.48,
        FiberG = 0.0,
        TotalSugarsG = 4.61,
        WaterG = 90.07,
        CaffeineMg = 0,
        AlcoholG = 0.0,
        ServingGrams = 170,
        IsFermented = true,
        HasLiveCultures = true,
        IsBeverage = true,
        Allergens = Allergens.Milk,
        DietTags = DietTags.Vegetarian | DietTags.GlutenFree,
        Portions = [new() { Sequence = 1, Description = "1 cup (8 fl oz)", Grams = 240 }],
    };

    /// <summary>SR28 11439 "Sauerkraut, canned, solids and liquids": fermented, but heat-treated, so not live.</summary>
    public static Food SauerkrautCanned { get; } = new()
    {
        Key = "usda-11439",
        Name = "Sauerkraut, canned",
        FoodGroup = "Vegetables and Vegetable Products",
        UsdaNdbId = "11439",
        EnergyKcal = 19,
        ProteinG = 0.91,
        CarbohydrateG = 4.28,
        FiberG = 2.9,
        TotalSugarsG = 1.78,
        WaterG = 92.52,
        CaffeineMg = 0,
        AlcoholG = 0,
        ServingGrams = 75,
        PlantSpecies = ["brassica-oleracea"],
        PlantPoints = 1,
        Colours = PlantColours.WhiteTan,
        IsFermented = true,
        HasLiveCultures = false,
        NovaGroup = 3,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        Portions = [new() { Sequence = 1, Description = "1 cup", Grams = 142 }],
    };

    /// <summary>Unpasteurized sauerkraut with live cultures; SR28 has none, so the numbers are 11439's. Serving: ½ cup (75 g).</summary>
    public static Food LiveSauerkraut { get; } = new()
    {
        Key = "mm-live-sauerkraut",
        Name = "Live sauerkraut",
        FoodGroup = "Vegetables and Vegetable Products",
        EnergyKcal = 19,
        ProteinG = 0.91,
        CarbohydrateG = 4.28,
        FiberG = 2.9,
        TotalSugarsG = 1.78,
        WaterG = 92.52,
        CaffeineMg = 0,
        AlcoholG = 0,
        ServingGrams = 75,
        PlantSpecies = ["brassica-oleracea"],
        PlantPoints = 1,
        Colours = PlantColours.WhiteTan,
        IsFermented = true,
        HasLiveCultures = true,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        CurationNote = "Nutrients copied from SR28 11439 (Sauerkraut, canned).",
        Portions = [new() { Sequence = 1, Description = "1/2 cup", Grams = 75 }],
    };

    /// <summary>SR28 16114 "Tempeh": fermented, but cooked before eating, so not live. SR28 has no fiber value (null).</summary>
    public static Food Tempeh { get; } = new()
    {
        Key = "usda-16114",
        Name = "Tempeh",
        FoodGroup = "Legumes and Legume Products",
        UsdaNdbId = "16114",
        EnergyKcal = 192,
        ProteinG = 20.29,
        CarbohydrateG = 7.64,
        FiberG = null,
        WaterG = 59.65,
        ServingGrams = 84,
        PlantSpecies = ["glycine-max"],
        PlantPoints = 1,
        IsFermented = true,
        HasLiveCultures = false,
        Allergens = Allergens.Soy,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.DairyFree,
        Portions = [new() { Sequence = 1, Description = "1 cup", Grams = 166 }],
    };

    /// <summary>Kombucha (not in SR28; curated): live, but it holds alcohol, so it never counts in pregnancy.</summary>
    public static Food Kombucha { get; } = new()
    {
        Key = "mm-kombucha",
        Name = "Kombucha",
        FoodGroup = "Beverages",
        EnergyKcal = 13,
        CarbohydrateG = 3,
        FiberG = 0,
        WaterG = 96,
        AlcoholG = 0.5,
        ServingGrams = 240,
        IsFermented = true,
        HasLiveCultures = true,
        IsBeverage = true,
        NovaGroup = 3,
        PregnancyRisks = PregnancyRisks.Alcohol,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        Portions = [new() { Sequence = 1, Description = "1 cup (8 fl oz)", Grams = 240 }, new() { Sequence = 2, Description = "1 bottle (16 fl oz)", Grams = 480 }],
    };

    /// <summary>SR28 01006 "Cheese, brie": a soft, mould-ripened cheese.</summary>
    public static Food Brie { get; } = new()
    {
        Key = "usda-01006",
        Name = "Brie",
        FoodGroup = "Dairy and Egg Products",
        UsdaNdbId = "01006",
        EnergyKcal = 334,
        ProteinG = 20.75,
        CarbohydrateG = 0.45,
        FiberG = 0.0,
        TotalSugarsG = 0.45,
        WaterG = 48.42,
        CaffeineMg = 0,
        AlcoholG = 0,
        ServingGrams = 28.35,
        NovaGroup = 3,
        PregnancyRisks = PregnancyRisks.SoftCheese,
        Allergens = Allergens.Milk,
        DietTags = DietTags.Vegetarian | DietTags.GlutenFree,
        Portions = [new() { Sequence = 1, Description = "1 oz", Grams = 28.35 }, new() { Sequence = 2, Description = "1 cup, sliced", Grams = 144 }],
    };

    /// <summary>SR28 15110 "Fish, swordfish, raw": an FDA/EPA "choice to avoid".</summary>
    public static Food Swordfish { get; } = new()
    {
        Key = "usda-15110",
        Name = "Swordfish",
        FoodGroup = "Finfish and Shellfish Products",
        UsdaNdbId = "15110",
        EnergyKcal = 144,
        ProteinG = 19.66,
        CarbohydrateG = 0.00,
        FiberG = 0.0,
        TotalSugarsG = 0.00,
        WaterG = 73.38,
        CaffeineMg = 0,
        AlcoholG = 0,
        ServingGrams = 85,
        PregnancyRisks = PregnancyRisks.HighMercuryFish,
        Allergens = Allergens.Fish,
        DietTags = DietTags.Pescatarian | DietTags.GlutenFree | DietTags.DairyFree,
        Portions = [new() { Sequence = 1, Description = "3 oz", Grams = 85 }],
    };

    /// <summary>SR28 14209 "Beverages, coffee, brewed, prepared with tap water": 40 mg caffeine per 100 g.</summary>
    public static Food Coffee { get; } = new()
    {
        Key = "usda-14209",
        Name = "Coffee, brewed",
        FoodGroup = "Beverages",
        UsdaNdbId = "14209",
        EnergyKcal = 1,
        ProteinG = 0.12,
        CarbohydrateG = 0.00,
        FiberG = 0.0,
        TotalSugarsG = 0.00,
        WaterG = 99.39,
        CaffeineMg = 40,
        AlcoholG = 0.0,
        ServingGrams = 237,
        PlantSpecies = ["coffea-arabica"],
        PlantPoints = 0.25,
        IsBeverage = true,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        Portions = [new() { Sequence = 3, Description = "1 cup (8 fl oz)", Grams = 237 }],
    };

    /// <summary>SR28 14437 "Beverages, water, bottled, non-carbonated, CALISTOGA": 100.00 g water per 100 g, 0 kcal.</summary>
    public static Food Water { get; } = new()
    {
        Key = "usda-14437",
        Name = "Water",
        FoodGroup = "Beverages",
        UsdaNdbId = "14437",
        EnergyKcal = 0,
        ProteinG = 0.00,
        CarbohydrateG = 0.00,
        WaterG = 100.00,
        ServingGrams = 237,
        IsBeverage = true,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree | DietTags.LowFodmap,
        Portions = [new() { Sequence = 1, Description = "1 fl oz", Grams = 29.6 }, new() { Sequence = 2, Description = "1 bottle 16.9 fl oz", Grams = 500 }],
    };

    /// <summary>SR28 14148 "Beverages, carbonated, cola, regular": NOVA 4; all its sugar is added (curated estimate).</summary>
    public static Food Cola { get; } = new()
    {
        Key = "usda-14148",
        Name = "Cola",
        FoodGroup = "Beverages",
        UsdaNdbId = "14148",
        EnergyKcal = 42,
        ProteinG = 0.00,
        CarbohydrateG = 10.36,
        FiberG = 0.0,
        TotalSugarsG = 9.94,
        AddedSugarsG = 9.94,
        AddedSugarsEstimated = true,
        WaterG = 89.36,
        CaffeineMg = 9,
        AlcoholG = 0.0,
        ServingGrams = 370,
        IsBeverage = true,
        NovaGroup = 4,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        Portions = [new() { Sequence = 1, Description = "1 fl oz", Grams = 30.7 }, new() { Sequence = 2, Description = "1 can or bottle (12 fl oz)", Grams = 370 }],
    };

    /// <summary>SR28 02010 "Spices, cinnamon, ground": a spice, 1/4 in plant-points mode.</summary>
    public static Food Cinnamon { get; } = new()
    {
        Key = "usda-02010",
        Name = "Cinnamon, ground",
        FoodGroup = "Spices and Herbs",
        UsdaNdbId = "02010",
        EnergyKcal = 247,
        ProteinG = 3.99,
        CarbohydrateG = 80.59,
        FiberG = 53.1,
        TotalSugarsG = 2.17,
        WaterG = 10.58,
        CaffeineMg = 0,
        AlcoholG = 0.0,
        ServingGrams = 2.6,
        PlantSpecies = ["cinnamomum-verum"],
        PlantPoints = 0.25,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.GlutenFree | DietTags.DairyFree,
        Portions = [new() { Sequence = 1, Description = "1 tsp", Grams = 2.6 }],
    };

    /// <summary>SR28 14278 "Green tea, brewed": 12 mg caffeine per 100 g; a quarter plant.</summary>
    public static Food GreenTea { get; } = new()
    {
        Key = "usda-14278",
        Name = "Green tea, brewed",
        FoodGroup = "Beverages",
        UsdaNdbId = "14278",
        EnergyKcal = 1,
        ProteinG = 0.22,
        CarbohydrateG = 0.00,
        FiberG = 0.0,
        TotalSugarsG = 0.00,
        WaterG = 99.93,
        CaffeineMg = 12,
        AlcoholG = 0.0,
        ServingGrams = 245,
        PlantSpecies = ["camellia-sinensis"],
        PlantPoints = 0.25,
        IsBeverage = true,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.Pescatarian | DietTags.GlutenFree | DietTags.DairyFree | DietTags.LowFodmap,
        Portions = [new() { Sequence = 1, Description = "1 cup", Grams = 245 }, new() { Sequence = 2, Description = "1 fl oz", Grams = 29.6 }],
    };

    /// <summary>SR28 19904 "Chocolate, dark, 70-85% cacao solids": 80 mg caffeine and 10.9 g fiber per 100 g.</summary>
    public static Food DarkChocolate { get; } = new()
    {
        Key = "usda-19904",
        Name = "Dark chocolate, 70-85% cacao",
        FoodGroup = "Sweets",
        UsdaNdbId = "19904",
        EnergyKcal = 598,
        ProteinG = 7.79,
        CarbohydrateG = 45.90,
        FiberG = 10.9,
        TotalSugarsG = 23.99,
        AddedSugarsG = 23.99,
        AddedSugarsEstimated = true,
        WaterG = 1.37,
        CaffeineMg = 80,
        ServingGrams = 28.35,
        PlantSpecies = ["theobroma-cacao"],
        PlantPoints = 1,
        NovaGroup = 3,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.Pescatarian | DietTags.GlutenFree | DietTags.DairyFree | DietTags.LowFodmap,
        Portions = [new() { Sequence = 1, Description = "1 oz", Grams = 28.35 }, new() { Sequence = 2, Description = "1 bar", Grams = 101 }],
    };

    /// <summary>SR28 11001 "Alfalfa seeds, sprouted, raw": raw sprouts.</summary>
    public static Food AlfalfaSprouts { get; } = new()
    {
        Key = "usda-11001",
        Name = "Alfalfa seeds, sprouted, raw",
        FoodGroup = "Vegetables and Vegetable Products",
        UsdaNdbId = "11001",
        EnergyKcal = 23,
        ProteinG = 3.99,
        CarbohydrateG = 2.10,
        FiberG = 1.9,
        TotalSugarsG = 0.20,
        WaterG = 92.82,
        CaffeineMg = 0,
        AlcoholG = 0.0,
        ServingGrams = 33,
        PlantSpecies = ["medicago-sativa"],
        PlantPoints = 1,
        Colours = PlantColours.Green,
        PregnancyRisks = PregnancyRisks.RawSprouts,
        DietTags = DietTags.Vegan | DietTags.Vegetarian | DietTags.Pescatarian | DietTags.GlutenFree | DietTags.DairyFree | DietTags.LowFodmap,
        Portions = [new() { Sequence = 1, Description = "1 cup", Grams = 33 }, new() { Sequence = 2, Description = "1 tbsp", Grams = 3.0 }],
    };

    /// <summary>The curated "Kefir, raw (unpasteurized) milk" (mm-kefir-raw-milk): live, from raw milk.</summary>
    public static Food RawMilkKefir { get; } = new()
    {
        Key = "mm-kefir-raw-milk",
        Name = "Kefir, raw (unpasteurized) milk",
        FoodGroup = "Dairy and Egg Products",
        EnergyKcal = 41,
        ProteinG = 3.79,
        CarbohydrateG = 4.48,
        FiberG = 0.0,
        TotalSugarsG = 4.61,
        WaterG = 90.07,
        CaffeineMg = 0,
        AlcoholG = 0.0,
        ServingGrams = 170,
        IsFermented = true,
        HasLiveCultures = true,
        IsBeverage = true,
        PregnancyRisks = PregnancyRisks.UnpasteurizedDairy,
        Allergens = Allergens.Milk,
        DietTags = DietTags.Vegetarian | DietTags.Pescatarian | DietTags.GlutenFree,
        Portions = [new() { Sequence = 1, Description = "1 cup (8 fl oz)", Grams = 240 }, new() { Sequence = 2, Description = "3/4 cup (6 fl oz)", Grams = 170 }],
    };

    public static IReadOnlyList<Food> All { get; } =
    [
        RolledOats, Banana, LentilsCooked, Onion, RedOnion, Garlic, Asparagus, Kefir, SauerkrautCanned, LiveSauerkraut,
        Tempeh, Kombucha, Brie, Swordfish, Coffee, Water, Cola, Cinnamon, GreenTea, DarkChocolate, AlfalfaSprouts, RawMilkKefir,
    ];

    public static IReadOnlyList<Food> Plants { get; } = All.Where(f => f.IsPlant).ToList();

    /// <summary>Shorthand for an amount of a food eaten on a date.</summary>
    public static ConsumedFood Eat(this Food food, double grams, DateOnly date) => new(food, grams, date);
}
