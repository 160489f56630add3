using System.Globalization;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Safety;

/// <summary>
/// Pregnancy food-safety warnings (CDC, FDA/EPA) and the caffeine limit (ACOG, EFSA). Warnings never block logging;
/// they tell the mother what, why, and what to choose instead.
/// </summary>
public static class SafetyRules
{
    public const double CaffeineLimitMg = 200;

    /// <summary>The food rules that apply in pregnancy, one per risk.</summary>
    public static IReadOnlyList<SafetyRule> FoodRules { get; } =
    [
        new(PregnancyRisks.UnpasteurizedDairy, SafetyWarningKind.UnpasteurizedDairy, "Unpasteurized dairy",
            "Raw or unpasteurized milk and products made from it can carry Listeria, which is ten times more likely to infect "
            + "pregnant women. Choose kefir, yogurt and cheese made from pasteurized milk.", ReferenceKeys.CdcListeria),
        new(PregnancyRisks.SoftCheese, SafetyWarningKind.SoftCheese, "Soft cheese",
            "Soft and mould-ripened cheeses (brie, camembert, blue, queso fresco) have caused Listeria infections, even some "
            + "made from pasteurized milk. Eat them cooked until steaming hot, or choose hard cheese, mozzarella or cream cheese.",
            ReferenceKeys.CdcListeria),
        new(PregnancyRisks.SmokedSeafood, SafetyWarningKind.SmokedSeafood, "Refrigerated smoked seafood",
            "Smoked seafood sold refrigerated can carry Listeria. Eat it only in a cooked dish, or choose shelf-stable smoked "
            + "fish in cans or pouches.", ReferenceKeys.CdcListeria),
        new(PregnancyRisks.DeliMeat, SafetyWarningKind.DeliMeat, "Deli meat",
            "Deli meats, hot dogs and cured sausages can carry Listeria. Heat them until steaming hot (74 °C / 165 °F) before eating.",
            ReferenceKeys.CdcListeria),
        new(PregnancyRisks.Pate, SafetyWarningKind.Pate, "Refrigerated pâté",
            "Refrigerated pâté and meat spreads can carry Listeria. Shelf-stable (canned) spreads are the safer choice.",
            ReferenceKeys.CdcListeria),
        new(PregnancyRisks.HighMercuryFish, SafetyWarningKind.HighMercuryFish, "High-mercury fish",
            "King mackerel, marlin, orange roughy, shark, swordfish, Gulf of Mexico tilefish and bigeye tuna are the FDA/EPA "
            + "'choices to avoid' for their mercury. Choose fish from the FDA/EPA 'Best Choices' list instead, 2–3 servings a week.",
            ReferenceKeys.FdaEpaFish),
        new(PregnancyRisks.Alcohol, SafetyWarningKind.Alcohol, "Alcohol",
            "No amount of alcohol is known to be safe in pregnancy. Kombucha, water kefir and kvass can contain alcohol, "
            + "and it can rise in the bottle.", ReferenceKeys.CdcAlcoholPregnancy),
    ];

    /// <summary>The warnings a day's foods raise at a life stage, in a stable order.</summary>
    public static IReadOnlyList<SafetyWarning> Evaluate(LifeStage stage, IEnumerable<ConsumedFood> day)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var items = day.ToList();
        var warnings = new List<SafetyWarning>();

        if (stage.IsPregnant)
        {
            foreach (var rule in FoodRules)
            {
                // Most days raise no warning: look before building the list of names.
                if (items.Exists(i => i.Food.PregnancyRisks.HasFlag(rule.Risk)))
                {
                    var foods = DistinctNames(items.Where(i => i.Food.PregnancyRisks.HasFlag(rule.Risk)));
                    warnings.Add(new SafetyWarning(rule.Kind, rule.Title, rule.Message, foods, [rule.ReferenceKey]));
                }
            }
        }

        if (stage.IsPregnant || stage.IsBreastfeeding)
        {
            var caffeine = items.Sum(i => i.Nutrient(f => f.CaffeineMg));
            if (caffeine > CaffeineLimitMg)
            {
                warnings.Add(new SafetyWarning(
                    SafetyWarningKind.Caffeine,
                    "Caffeine above 200 mg",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Today's caffeine is {caffeine:0} mg, above the 200 mg a day that {(stage.IsPregnant ? "ACOG and EFSA consider safe in pregnancy." : "EFSA considers safe while breastfeeding.")}"),
                    DistinctNames(items.Where(i => i.Nutrient(f => f.CaffeineMg) > 0)),
                    CaffeineReferenceKeys(stage)));
            }
        }

        return warnings;
    }

    /// <summary>
    /// The sources of the 200 mg caffeine limit at a stage: ACOG's opinion covers pregnancy only, so while breastfeeding
    /// the limit rests on EFSA alone.
    /// </summary>
    public static IReadOnlyList<string> CaffeineReferenceKeys(LifeStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return stage.IsPregnant ? [ReferenceKeys.AcogCaffeine, ReferenceKeys.EfsaCaffeine] : [ReferenceKeys.EfsaCaffeine];
    }

    /// <summary>True when eating the food at this stage would raise a warning of its own (caffeine depends on the day).</summary>
    public static bool RaisesWarning(Food food, LifeStage stage)
    {
        ArgumentNullException.ThrowIfNull(food);
        ArgumentNullException.ThrowIfNull(stage);
        return stage.IsPregnant && food.PregnancyRisks != PregnancyRisks.None;
    }

    private static List<string> DistinctNames(IEnumerable<ConsumedFood> items) =>
        items.Select(i => i.Food.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
