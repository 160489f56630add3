namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>The nine prenatal nutrients in display order, with their names and units.</summary>
public static class PrenatalNutrients
{
    public static IReadOnlyList<PrenatalNutrient> All { get; } =
    [
        PrenatalNutrient.FolateDfe, PrenatalNutrient.Iron, PrenatalNutrient.Iodine, PrenatalNutrient.Choline,
        PrenatalNutrient.DhaEpa, PrenatalNutrient.VitaminD, PrenatalNutrient.VitaminB12, PrenatalNutrient.Calcium,
        PrenatalNutrient.Protein,
    ];

    public static string Name(PrenatalNutrient nutrient) => nutrient switch
    {
        PrenatalNutrient.FolateDfe => "Folate (DFE)",
        PrenatalNutrient.Iron => "Iron",
        PrenatalNutrient.Iodine => "Iodine",
        PrenatalNutrient.Choline => "Choline",
        PrenatalNutrient.DhaEpa => "DHA + EPA",
        PrenatalNutrient.VitaminD => "Vitamin D",
        PrenatalNutrient.VitaminB12 => "Vitamin B12",
        PrenatalNutrient.Calcium => "Calcium",
        PrenatalNutrient.Protein => "Protein",
        _ => throw new ArgumentOutOfRangeException(nameof(nutrient), nutrient, null),
    };

    /// <summary>The unit of the per-100 g values, the daily totals and the reference values alike.</summary>
    public static string Unit(PrenatalNutrient nutrient) => nutrient switch
    {
        PrenatalNutrient.FolateDfe or PrenatalNutrient.Iodine or PrenatalNutrient.VitaminD or PrenatalNutrient.VitaminB12 => "µg",
        PrenatalNutrient.Iron or PrenatalNutrient.Choline or PrenatalNutrient.DhaEpa or PrenatalNutrient.Calcium => "mg",
        PrenatalNutrient.Protein => "g",
        _ => throw new ArgumentOutOfRangeException(nameof(nutrient), nutrient, null),
    };
}
