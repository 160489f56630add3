using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Nutrients;

namespace MaternalMicrobiome.Domain.Tests.TestData;

/// <summary>Foods with prenatal nutrient values for the prenatal suggestion tests; values per 100 g from SR28 (rounded).</summary>
public static class PrenatalSuggestionFoods
{
    private const string Fish = "Finfish and Shellfish Products";
    private const string DairyAndEgg = "Dairy and Egg Products";

    /// <summary>SR28 01129 "Egg, whole, cooked, hard-boiled": 294 mg choline per 100 g.</summary>
    public static Food HardBoiledEgg => Make(1001, "Egg, whole, cooked, hard-boiled", DairyAndEgg, 155, 50, "1 large", PrenatalTestFoods.Egg,
        DietTags.Vegetarian | DietTags.Pescatarian | DietTags.GlutenFree | DietTags.DairyFree, Allergens.Egg);

    /// <summary>SR28 01123 "Egg, whole, raw": the same choline, but a raw egg is flagged in pregnancy.</summary>
    public static Food RawEgg => Make(1002, "Egg, whole, raw", DairyAndEgg, 143, 50, "1 large", PrenatalTestFoods.Egg,
        DietTags.Vegetarian | DietTags.Pescatarian | DietTags.GlutenFree | DietTags.DairyFree, Allergens.Egg, PregnancyRisks.RawEgg);

    /// <summary>SR28 15086 "Fish, salmon, sockeye, cooked, dry heat": 859 mg DHA + EPA per 100 g.</summary>
    public static Food CookedSalmon => Make(1003, "Fish, salmon, sockeye, cooked, dry heat", Fish, 169, 85, "3 oz", PrenatalTestFoods.SockeyeSalmon,
        DietTags.Pescatarian | DietTags.GlutenFree | DietTags.DairyFree, Allergens.Fish);

    /// <summary>SR28 15076 "Fish, salmon, Atlantic, wild, raw": rich in DHA + EPA, but raw.</summary>
    public static Food RawSalmon => Make(1004, "Fish, salmon, Atlantic, wild, raw", Fish, 142, 85, "3 oz", PrenatalTestFoods.AtlanticSalmonRaw,
        DietTags.Pescatarian | DietTags.GlutenFree | DietTags.DairyFree, Allergens.Fish);

    /// <summary>Swordfish with a made-up 1,000 mg DHA + EPA per 100 g: the most DHA of all, and high in mercury.</summary>
    public static Food Swordfish => Make(1005, "Fish, swordfish, cooked, dry heat", Fish, 172, 85, "3 oz",
        PrenatalNutrientValues.Unknown with { DhaEpaMg = 1000, ProteinG = 23 },
        DietTags.Pescatarian | DietTags.GlutenFree | DietTags.DairyFree, Allergens.Fish, PregnancyRisks.HighMercuryFish);

    /// <summary>A cooked egg dish whose choline nobody published: it may be eaten, never sold as closing the choline gap.</summary>
    public static Food EggWithoutCholine => Make(1006, "Egg, whole, cooked, scrambled", DairyAndEgg, 149, 61, "1 large",
        PrenatalTestFoods.Egg with { CholineMg = null },
        DietTags.Vegetarian | DietTags.Pescatarian | DietTags.GlutenFree, Allergens.Egg | Allergens.Milk);

    /// <summary>SR28 01077 "Milk, whole".</summary>
    public static Food WholeMilk => Make(1007, "Milk, whole, 3.25% milkfat", DairyAndEgg, 61, 244, "1 cup", PrenatalTestFoods.WholeMilk,
        DietTags.Vegetarian | DietTags.Pescatarian | DietTags.GlutenFree, Allergens.Milk);

    /// <summary>SR28 16070 "Lentils, mature seeds, cooked": what the test days eat (every value known, DHA + EPA 0).</summary>
    public static Food CookedLentils => Make(1008, "Lentils, mature seeds, cooked, boiled, without salt", "Legumes and Legume Products", 116, 198, "1 cup",
        PrenatalTestFoods.Lentils, DietTags.Vegan | DietTags.Vegetarian | DietTags.Pescatarian | DietTags.GlutenFree | DietTags.DairyFree, Allergens.None);

    /// <summary>The candidates (lentils are what the day already has).</summary>
    public static IReadOnlyList<Food> All => [HardBoiledEgg, RawEgg, CookedSalmon, RawSalmon, Swordfish, EggWithoutCholine, WholeMilk];

    /// <summary>A catalog food with one household portion and the given prenatal values.</summary>
    public static Food Make(
        int id, string name, string group, double kcal, double portionGrams, string portion, PrenatalNutrientValues values,
        DietTags tags, Allergens allergens, PregnancyRisks risks = PregnancyRisks.None) => new()
        {
            Id = id,
            Key = $"test-{id}",
            Name = name,
            FoodGroup = group,
            EnergyKcal = kcal,
            ProteinG = values.ProteinG,
            FolateDfeUg = values.FolateDfeUg,
            IronMg = values.IronMg,
            IodineUg = values.IodineUg,
            CholineMg = values.CholineMg,
            // Split back into USDA's two halves in g; Food.PrenatalValues adds them again in mg.
            DhaG = values.DhaEpaMg / 1000,
            EpaG = values.DhaEpaMg is null ? null : 0,
            VitaminDUg = values.VitaminDUg,
            VitaminB12Ug = values.VitaminB12Ug,
            CalciumMg = values.CalciumMg,
            CaffeineMg = 0,
            AlcoholG = 0,
            NovaGroup = 1,
            ServingGrams = portionGrams,
            PregnancyRisks = risks,
            Allergens = allergens,
            DietTags = tags,
            Portions = [new() { Sequence = 1, Description = portion, Grams = portionGrams }],
        };
}
