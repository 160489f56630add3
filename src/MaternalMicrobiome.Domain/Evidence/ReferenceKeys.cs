namespace MaternalMicrobiome.Domain.Evidence;

/// <summary>The keys of the seeded references (seeds/references.json) that the rules cite.</summary>
public static class ReferenceKeys
{
    public const string Mueller2015 = "mueller-2015";
    public const string Jones2024 = "jones-2024";
    public const string Alemu2023 = "alemu-2023";
    public const string Binda2025 = "binda-2025";
    public const string Ward2025 = "ward-2025";
    public const string IomMacronutrients = "iom-2005-dri-macronutrients";
    public const string IomWater = "iom-2004-dri-water";

    /// <summary>Folate, vitamin B12 and choline DRIs (pregnancy, lactation, women 19–50).</summary>
    public const string IomBVitaminsCholine = "iom-1998-dri-b-vitamins-choline";

    /// <summary>Iron and iodine DRIs.</summary>
    public const string IomMicronutrients = "iom-2001-dri-micronutrients";

    /// <summary>Calcium and vitamin D DRIs (2011; they replace the 1997 values).</summary>
    public const string IomCalciumVitaminD = "iom-2011-dri-calcium-vitamin-d";

    /// <summary>EPA+DHA adequate intake, and the extra DHA in pregnancy and lactation (no IOM value exists).</summary>
    public const string EfsaFats = "efsa-2010-fats";
    public const string EfsaWater = "efsa-2010-water";
    public const string WhoSugars = "who-2015-sugars";
    public const string AhaSugar = "aha-2009-sugar";
    public const string Dga2020 = "dga-2020";
    public const string AcogCaffeine = "acog-2010-caffeine";
    public const string EfsaCaffeine = "efsa-2015-caffeine";
    public const string Wastyk2021 = "wastyk-2021";
    public const string McDonald2018 = "mcdonald-2018";
    public const string Gibson2017 = "gibson-2017";
    public const string Marco2021 = "marco-2021";
    public const string CdcListeria = "cdc-listeria";
    public const string FdaEpaFish = "fda-epa-fish";
    public const string CdcAlcoholPregnancy = "cdc-alcohol-pregnancy";

    /// <summary>Raw sprouts, raw or undercooked eggs, raw shellfish, unpasteurized juice and cider, store-made salads (FDA, read second-hand).</summary>
    public const string FoodSafetyPregnancy = "fda-food-safety-pregnancy";

    /// <summary>Liver and liver products such as pâté, and fish liver oil: preformed vitamin A.</summary>
    public const string VitaminAPregnancy = "nhs-foods-to-avoid-pregnancy";

    /// <summary>Liquorice root to avoid; herbal and green teas to limit (the limit read second-hand).</summary>
    public const string HerbalTeaPregnancy = "uk-herbal-tea-pregnancy";

    public static IReadOnlyList<string> All { get; } =
    [
        Mueller2015, Jones2024, Alemu2023, Binda2025, Ward2025, IomMacronutrients, IomWater, IomBVitaminsCholine,
        IomMicronutrients, IomCalciumVitaminD, EfsaFats, EfsaWater, WhoSugars,
        AhaSugar, Dga2020, AcogCaffeine, EfsaCaffeine, Wastyk2021, McDonald2018, Gibson2017, Marco2021, CdcListeria,
        FdaEpaFish, CdcAlcoholPregnancy, FoodSafetyPregnancy, VitaminAPregnancy, HerbalTeaPregnancy,
    ];
}
