using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Tests.Components;

/// <summary>Real scores from the real scorer, for rendering tests.</summary>
public static class SampleDay
{
    public static readonly DateOnly Date = new(2026, 3, 10);
    public static readonly LifeStage Pregnant = LifeStage.Pregnant(Date.AddDays(120), Date);

    public static Food Lentils { get; } = new()
    {
        Key = "usda-16070", Name = "Lentils, cooked", FoodGroup = "Legumes and Legume Products", FiberG = 7.9, WaterG = 69.64,
        PlantSpecies = ["lens-culinaris"], PlantPoints = 1, Colours = PlantColours.WhiteTan, IsPrebioticRich = true, ServingGrams = 100,
    };

    public static Food Onion { get; } = new()
    {
        Key = "usda-11282", Name = "Onions, raw", FoodGroup = "Vegetables and Vegetable Products", FiberG = 1.7, WaterG = 89.11,
        PlantSpecies = ["allium-cepa"], PlantPoints = 1, Colours = PlantColours.WhiteTan, IsPrebioticRich = true, ServingGrams = 160,
    };

    public static Food Kefir { get; } = new()
    {
        Key = "usda-01289", Name = "Kefir, plain, lowfat", FoodGroup = "Dairy and Egg Products", FiberG = 0, WaterG = 89.5,
        IsFermented = true, HasLiveCultures = true, IsBeverage = true, ServingGrams = 170,
    };

    public static Food Brie { get; } = new()
    {
        Key = "usda-01006", Name = "Cheese, brie", FoodGroup = "Dairy and Egg Products", FiberG = 0, WaterG = 48.42,
        IsFermented = true, NovaGroup = 3, PregnancyRisks = PregnancyRisks.SoftCheese,
    };

    public static DayScore Score(params (Food Food, double Grams)[] foods) =>
        DayScorer.Score(Date, foods.Select(f => new ConsumedFood(f.Food, f.Grams, Date)), DefaultTargets.For(Pregnant), Pregnant);

    public static IReadOnlyDictionary<string, Reference> References { get; } = new Dictionary<string, Reference>
    {
        [ReferenceKeys.IomMacronutrients] = new()
        {
            Key = ReferenceKeys.IomMacronutrients, Authors = "Institute of Medicine", Year = 2005, Title = "Dietary Reference Intakes for Energy, Carbohydrate, Fiber",
            Source = "National Academies Press", Doi = "10.17226/10490", Status = EvidenceStatus.Guideline, StudyType = "dietary reference intakes", Finding = "AI 28 g/day in pregnancy.",
        },
        [ReferenceKeys.CdcListeria] = new()
        {
            Key = ReferenceKeys.CdcListeria, Authors = "CDC", Year = 2021, Title = "Listeria and pregnancy", Source = "CDC",
            Status = EvidenceStatus.Guideline, StudyType = "agency advice", Finding = "Avoid soft cheeses.",
        },
        [ReferenceKeys.Ward2025] = new()
        {
            Key = ReferenceKeys.Ward2025, Authors = "Ward CP et al.", Year = 2025, Title = "Unfound paper", Source = "Maternal & Child Nutrition (in press)",
            Status = EvidenceStatus.Unverified, StudyType = "trial registration", Finding = "No results paper found.",
        },
    };
}
