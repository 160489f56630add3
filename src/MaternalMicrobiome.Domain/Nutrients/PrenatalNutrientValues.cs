namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>
/// A food's prenatal nutrients per 100 g, in the units of <see cref="PrenatalNutrients.Unit"/>. Null means the
/// source published no value: unknown, never 0.
/// </summary>
public sealed record PrenatalNutrientValues
{
    private const double MilligramsPerGram = 1000;

    /// <summary>Every nutrient unknown (a food nobody has sourced values for).</summary>
    public static PrenatalNutrientValues Unknown { get; } = new();

    public double? FolateDfeUg { get; init; }
    public double? IronMg { get; init; }
    public double? IodineUg { get; init; }
    public double? CholineMg { get; init; }

    /// <summary>DHA plus EPA in mg; see <see cref="DhaPlusEpaMg"/> to build it from USDA's two values in g.</summary>
    public double? DhaEpaMg { get; init; }

    public double? VitaminDUg { get; init; }
    public double? VitaminB12Ug { get; init; }
    public double? CalciumMg { get; init; }
    public double? ProteinG { get; init; }

    public double? this[PrenatalNutrient nutrient] => nutrient switch
    {
        PrenatalNutrient.FolateDfe => FolateDfeUg,
        PrenatalNutrient.Iron => IronMg,
        PrenatalNutrient.Iodine => IodineUg,
        PrenatalNutrient.Choline => CholineMg,
        PrenatalNutrient.DhaEpa => DhaEpaMg,
        PrenatalNutrient.VitaminD => VitaminDUg,
        PrenatalNutrient.VitaminB12 => VitaminB12Ug,
        PrenatalNutrient.Calcium => CalciumMg,
        PrenatalNutrient.Protein => ProteinG,
        _ => throw new ArgumentOutOfRangeException(nameof(nutrient), nutrient, null),
    };

    /// <summary>
    /// DHA + EPA in mg from USDA's DHA and EPA in g (seeds/usda-prenatal-nutrients.csv `dha_g`, `epa_g`). Unknown
    /// when either half is unknown: a missing EPA is not 0, and a sum of one half would pass for the whole.
    /// </summary>
    public static double? DhaPlusEpaMg(double? dhaG, double? epaG) =>
        dhaG is { } dha && epaG is { } epa ? (dha + epa) * MilligramsPerGram : null;

    /// <summary>The same values with one nutrient set (null makes it unknown).</summary>
    public PrenatalNutrientValues With(PrenatalNutrient nutrient, double? value) => nutrient switch
    {
        PrenatalNutrient.FolateDfe => this with { FolateDfeUg = value },
        PrenatalNutrient.Iron => this with { IronMg = value },
        PrenatalNutrient.Iodine => this with { IodineUg = value },
        PrenatalNutrient.Choline => this with { CholineMg = value },
        PrenatalNutrient.DhaEpa => this with { DhaEpaMg = value },
        PrenatalNutrient.VitaminD => this with { VitaminDUg = value },
        PrenatalNutrient.VitaminB12 => this with { VitaminB12Ug = value },
        PrenatalNutrient.Calcium => this with { CalciumMg = value },
        PrenatalNutrient.Protein => this with { ProteinG = value },
        _ => throw new ArgumentOutOfRangeException(nameof(nutrient), nutrient, null),
    };
}
