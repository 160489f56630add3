using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>
/// Daily reference values for the prenatal nutrients per life stage: the IOM DRIs (RDA or AI) for ages 19–50, and
/// EFSA's EPA+DHA value where the IOM set none. The app records no age, so 19–50 is assumed (14–18 differs for
/// calcium, iron and others). Pregnancy values apply in every trimester; lactation values to exclusive and partial
/// breastfeeding alike (the DRIs do not scale them by how much the baby is breastfed). Planning a pregnancy and
/// postpartum without breastfeeding get the values for women 19–50.
/// </summary>
public static class PrenatalReferenceValues
{
    public const string Pregnancy = "Pregnancy, 19–50 y";
    public const string Lactation = "Lactation, 19–50 y";
    public const string Women = "Women, 19–50 y (not pregnant or lactating)";

    private const ReferenceValueKind Rda = ReferenceValueKind.RecommendedDietaryAllowance;
    private const ReferenceValueKind Ai = ReferenceValueKind.AdequateIntake;
    private const string Iom = "IOM";
    private const string Efsa = "EFSA";

    private const string FolateNote = "Dietary folate equivalents: 1 µg DFE = 1 µg food folate = 0.6 µg folic acid from fortified food. "
        + "The separate advice to take 400 µg folic acid a day before and in early pregnancy is a supplement, not checked here.";
    private const string DhaEpaNote = "Not an IOM value: the IOM set no DRI for EPA or DHA. EFSA's adult AI of 250 mg EPA+DHA";
    private const string IronLactationNote = "Assumes no periods while breastfeeding; once they return, 18 mg applies.";
    private const string ProteinPregnancyNote = "The IOM sets the increase for the second half of pregnancy; the summary table's 71 g is applied throughout.";

    private static readonly IReadOnlyList<DailyReferenceValue> PregnancyValues = Build(Pregnancy,
        folate: 600, iron: 27, iodine: 220, choline: 450, dhaEpa: 350, vitaminD: 15, b12: 2.6, calcium: 1000, protein: 71,
        dhaEpaNote: $"{DhaEpaNote} plus the lower end of the extra 100–200 mg of preformed DHA it sets in pregnancy; the app checks EPA+DHA combined.",
        ironNote: null, proteinNote: ProteinPregnancyNote);

    private static readonly IReadOnlyList<DailyReferenceValue> LactationValues = Build(Lactation,
        folate: 500, iron: 9, iodine: 290, choline: 550, dhaEpa: 350, vitaminD: 15, b12: 2.8, calcium: 1000, protein: 71,
        dhaEpaNote: $"{DhaEpaNote} plus the lower end of the extra 100–200 mg of preformed DHA it sets in lactation; the app checks EPA+DHA combined.",
        ironNote: IronLactationNote, proteinNote: null);

    private static readonly IReadOnlyList<DailyReferenceValue> WomenValues = Build(Women,
        folate: 400, iron: 18, iodine: 150, choline: 425, dhaEpa: 250, vitaminD: 15, b12: 2.4, calcium: 1000, protein: 46,
        dhaEpaNote: $"{DhaEpaNote}.", ironNote: null, proteinNote: null);

    /// <summary>The nine values for the stage, in <see cref="PrenatalNutrients.All"/> order.</summary>
    public static IReadOnlyList<DailyReferenceValue> For(LifeStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return For(stage.Kind);
    }

    public static IReadOnlyList<DailyReferenceValue> For(LifeStageKind kind) => kind switch
    {
        LifeStageKind.Pregnant => PregnancyValues,
        LifeStageKind.Breastfeeding => LactationValues,
        _ => WomenValues,
    };

    public static DailyReferenceValue For(LifeStage stage, PrenatalNutrient nutrient) => For(stage).Single(v => v.Nutrient == nutrient);

    /// <summary>Every reference key the values cite, over all stages.</summary>
    public static IReadOnlySet<string> ReferenceKeys { get; } =
        PregnancyValues.Concat(LactationValues).Concat(WomenValues).Select(v => v.ReferenceKey).ToHashSet(StringComparer.Ordinal);

    private static List<DailyReferenceValue> Build(
        string group, double folate, double iron, double iodine, double choline, double dhaEpa, double vitaminD, double b12,
        double calcium, double protein, string dhaEpaNote, string? ironNote, string? proteinNote)
    {
        DailyReferenceValue Value(PrenatalNutrient nutrient, double amount, ReferenceValueKind kind, string authority, string key, string? note = null) =>
            new(nutrient, amount, PrenatalNutrients.Unit(nutrient), kind, authority, group, key, note);

        return
        [
            Value(PrenatalNutrient.FolateDfe, folate, Rda, Iom, Evidence.ReferenceKeys.IomBVitaminsCholine, FolateNote),
            Value(PrenatalNutrient.Iron, iron, Rda, Iom, Evidence.ReferenceKeys.IomMicronutrients, ironNote),
            Value(PrenatalNutrient.Iodine, iodine, Rda, Iom, Evidence.ReferenceKeys.IomMicronutrients,
                "USDA SR28 has no iodine values, so iodine is unknown for USDA foods (iodized salt, dairy and seafood are the usual sources)."),
            Value(PrenatalNutrient.Choline, choline, Ai, Iom, Evidence.ReferenceKeys.IomBVitaminsCholine),
            Value(PrenatalNutrient.DhaEpa, dhaEpa, Ai, Efsa, Evidence.ReferenceKeys.EfsaFats, dhaEpaNote),
            Value(PrenatalNutrient.VitaminD, vitaminD, Rda, Iom, Evidence.ReferenceKeys.IomCalciumVitaminD,
                "15 µg = 600 IU, set assuming minimal sun exposure."),
            Value(PrenatalNutrient.VitaminB12, b12, Rda, Iom, Evidence.ReferenceKeys.IomBVitaminsCholine),
            Value(PrenatalNutrient.Calcium, calcium, Rda, Iom, Evidence.ReferenceKeys.IomCalciumVitaminD),
            Value(PrenatalNutrient.Protein, protein, Rda, Iom, Evidence.ReferenceKeys.IomMacronutrients, proteinNote),
        ];
    }
}
