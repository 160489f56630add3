using MaternalMicrobiome.Data.Seeding;

namespace MaternalMicrobiome.Data.Catalog;

/// <summary>
/// The one list of a food's nutrients. The admin editor and its validator, the conflict diff, the admin CSV and the
/// seed loader all read it, so a new nutrient is a <c>Food</c> property, a <see cref="FoodSeedRow"/> column and one
/// row here (plus a migration). Order is the editor's and the CSV's.
/// </summary>
public static class FoodNutrients
{
    private const string Foods = SeedLoader.FoodsFile;
    private const string Prenatal = SeedLoader.PrenatalNutrientsFile;

    // Pure fat is 9 kcal/g, but USDA lists some fats and fish oils at up to 902 kcal per 100 g.
    public static readonly FoodNutrient Energy = new(f => f.EnergyKcal, r => r.EnergyKcal, "Energy", "kcal", 910, Foods);
    public static readonly FoodNutrient Protein = new(f => f.ProteinG, r => r.ProteinG, "Protein", "g", 100, Foods);
    public static readonly FoodNutrient Carbohydrate = new(f => f.CarbohydrateG, r => r.CarbohydrateG, "Carbohydrate", "g", 100, Foods);
    public static readonly FoodNutrient Fiber = new(f => f.FiberG, r => r.FiberG, "Fiber", "g", 100, Foods);
    public static readonly FoodNutrient TotalSugars = new(f => f.TotalSugarsG, r => r.TotalSugarsG, "Total sugars", "g", 100, Foods);
    public static readonly FoodNutrient AddedSugars = new(f => f.AddedSugarsG, r => r.AddedSugarsG, "Added sugars", "g", 100, Foods);
    public static readonly FoodNutrient Water = new(f => f.WaterG, r => r.WaterG, "Water", "g", 100, Foods);
    public static readonly FoodNutrient Caffeine = new(f => f.CaffeineMg, r => r.CaffeineMg, "Caffeine", "mg", null, Foods);
    public static readonly FoodNutrient Alcohol = new(f => f.AlcoholG, r => r.AlcoholG, "Alcohol", "g", 100, Foods);

    // Prenatal bounds sit well above the highest SR28 value (folate 5,881 µg DFE, iron 124 mg, choline 2,403 mg,
    // vitamin D 250 µg, B12 99 µg, calcium 7,364 mg); dried kelp carries a few thousand µg of iodine per gram.
    public static readonly FoodNutrient FolateDfe = new(f => f.FolateDfeUg, r => r.FolateDfeUg, "Folate (DFE)", "µg", 10_000, Prenatal);
    public static readonly FoodNutrient Iron = new(f => f.IronMg, r => r.IronMg, "Iron", "mg", 1_000, Prenatal);
    public static readonly FoodNutrient Choline = new(f => f.CholineMg, r => r.CholineMg, "Choline", "mg", 10_000, Prenatal);
    public static readonly FoodNutrient Dha = new(f => f.DhaG, r => r.DhaG, "DHA", "g", 100, Prenatal);
    public static readonly FoodNutrient Epa = new(f => f.EpaG, r => r.EpaG, "EPA", "g", 100, Prenatal);
    public static readonly FoodNutrient VitaminD = new(f => f.VitaminDUg, r => r.VitaminDUg, "Vitamin D", "µg", 10_000, Prenatal);
    public static readonly FoodNutrient VitaminB12 = new(f => f.VitaminB12Ug, r => r.VitaminB12Ug, "Vitamin B12", "µg", 10_000, Prenatal);
    public static readonly FoodNutrient Calcium = new(f => f.CalciumMg, r => r.CalciumMg, "Calcium", "mg", 40_000, Prenatal);
    public static readonly FoodNutrient Iodine = new(f => f.IodineUg, r => r.IodineUg, "Iodine", "µg", 1_000_000, Prenatal);

    public static IReadOnlyList<FoodNutrient> All { get; } =
    [
        Energy, Protein, Carbohydrate, Fiber, TotalSugars, AddedSugars, Water, Caffeine, Alcohol,
        FolateDfe, Iron, Choline, Dha, Epa, VitaminD, VitaminB12, Calcium, Iodine,
    ];

    /// <summary>The nutrient of a <see cref="FoodNutrient.Name"/> such as <c>FiberG</c>, or null.</summary>
    public static FoodNutrient? Named(string name) => All.FirstOrDefault(n => string.Equals(n.Name, name, StringComparison.Ordinal));
}
