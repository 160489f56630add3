using MaternalMicrobiome.Domain.Nutrients;

namespace MaternalMicrobiome.Domain.Tests.TestData;

/// <summary>
/// Real foods' prenatal nutrients per 100 g, copied from seeds/usda-prenatal-nutrients.csv (protein from
/// seeds/foods.csv); <c>PrenatalExtractTests</c> checks that the copies still match the files.
/// </summary>
public static class PrenatalTestFoods
{
    /// <summary>usda-16070 Lentils, cooked.</summary>
    public static PrenatalNutrientValues Lentils { get; } = Usda(181, 3.33, 32.7, 0.000, 0.000, 0.0, 0.00, 19, 9.02);

    /// <summary>usda-15086 Fish, salmon, sockeye, cooked, dry heat.</summary>
    public static PrenatalNutrientValues SockeyeSalmon { get; } = Usda(7, 0.52, 112.6, 0.560, 0.299, 16.7, 4.47, 11, 26.48);

    /// <summary>usda-15076 Fish, salmon, Atlantic, wild, raw: USDA gives no choline and no vitamin D.</summary>
    public static PrenatalNutrientValues AtlanticSalmonRaw { get; } = Usda(25, 0.80, null, 1.115, 0.321, null, 3.18, 12, 19.84);

    /// <summary>usda-01077 Milk, whole.</summary>
    public static PrenatalNutrientValues WholeMilk { get; } = Usda(5, 0.03, 14.3, 0.000, 0.000, 1.3, 0.45, 113, 3.15);

    /// <summary>usda-01123 Egg, whole, raw.</summary>
    public static PrenatalNutrientValues Egg { get; } = Usda(47, 1.75, 293.8, 0.058, 0.000, 2.0, 0.89, 56, 12.56);

    /// <summary>usda-11457 Spinach, raw.</summary>
    public static PrenatalNutrientValues Spinach { get; } = Usda(194, 2.71, 19.3, 0.000, 0.000, 0.0, 0.00, 99, 2.86);

    /// <summary>usda-13325 Beef liver, raw: very high in folate, B12 and iron.</summary>
    public static PrenatalNutrientValues BeefLiver { get; } = Usda(290, 4.90, 333.3, 0.000, 0.000, 1.2, 59.30, 5, 20.36);

    /// <summary>Each food by its seed key.</summary>
    public static IReadOnlyDictionary<string, PrenatalNutrientValues> ByKey { get; } = new Dictionary<string, PrenatalNutrientValues>
    {
        ["usda-16070"] = Lentils,
        ["usda-15086"] = SockeyeSalmon,
        ["usda-15076"] = AtlanticSalmonRaw,
        ["usda-01077"] = WholeMilk,
        ["usda-01123"] = Egg,
        ["usda-11457"] = Spinach,
        ["usda-13325"] = BeefLiver,
    };

    /// <summary>The extract's columns as the app maps them; iodine is not in SR28, so it stays unknown.</summary>
    public static PrenatalNutrientValues Usda(
        double? folateDfeUg, double? ironMg, double? cholineMg, double? dhaG, double? epaG, double? vitaminDUg,
        double? vitaminB12Ug, double? calciumMg, double? proteinG) => new()
        {
            FolateDfeUg = folateDfeUg,
            IronMg = ironMg,
            CholineMg = cholineMg,
            DhaEpaMg = PrenatalNutrientValues.DhaPlusEpaMg(dhaG, epaG),
            VitaminDUg = vitaminDUg,
            VitaminB12Ug = vitaminB12Ug,
            CalciumMg = calciumMg,
            ProteinG = proteinG,
        };

    public static EatenFood Eat(this PrenatalNutrientValues food, double grams) => new(grams, food);
}
