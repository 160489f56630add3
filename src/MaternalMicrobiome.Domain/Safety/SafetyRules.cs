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
        new(PregnancyRisks.RawSprouts, SafetyWarningKind.RawSprouts, "Raw sprouts",
            "Raw and lightly cooked sprouts (alfalfa, clover, mung bean, radish) can carry Salmonella and E. coli from the seed. "
            + "Eat sprouts only cooked until steaming hot.", ReferenceKeys.FoodSafetyPregnancy),
        new(PregnancyRisks.RawEgg, SafetyWarningKind.RawEgg, "Raw or undercooked eggs",
            "Raw and runny eggs can carry Salmonella. Cook eggs until yolk and white are firm, and choose pasteurized eggs for "
            + "dishes that use them raw (homemade mayonnaise, mousse, raw cookie dough). An egg baked into a dish is cooked.",
            ReferenceKeys.FoodSafetyPregnancy),
        new(PregnancyRisks.RawShellfish, SafetyWarningKind.RawShellfish, "Raw shellfish",
            "Raw and undercooked shellfish such as oysters, clams and mussels can carry germs that cause food poisoning. Eat "
            + "shellfish only cooked.", ReferenceKeys.FoodSafetyPregnancy),
        new(PregnancyRisks.Liver, SafetyWarningKind.PreformedVitaminA, "Liver and fish-liver oil (vitamin A)",
            "Liver and products containing liver, such as liver pâté and liver sausage, and fish-liver oils such as cod-liver "
            + "oil, can hold a lot of vitamin A, which can harm the baby. Avoid them while pregnant.", ReferenceKeys.VitaminAPregnancy),
        new(PregnancyRisks.UnpasteurizedJuice, SafetyWarningKind.UnpasteurizedJuice, "Unpasteurized juice",
            "Unpasteurized juice and cider, freshly squeezed juice included, can carry E. coli and Salmonella. Choose "
            + "pasteurized juice.", ReferenceKeys.FoodSafetyPregnancy),
        new(PregnancyRisks.DeliSalad, SafetyWarningKind.DeliSalad, "Store-made salads",
            "Store-made ham, chicken, egg, tuna and seafood salads can carry Listeria, which grows in the fridge. Make them at "
            + "home and keep them cold.", ReferenceKeys.FoodSafetyPregnancy),
        new(PregnancyRisks.HerbalTea, SafetyWarningKind.HerbalTea, "Herbal tea",
            "Not every herbal tea is known to be safe in pregnancy. Avoid liquorice root tea, and ask your midwife or doctor "
            + "before drinking herbal teas or remedies regularly.", ReferenceKeys.HerbalTeaPregnancy),
    ];

    public const string FishWeeklyTitle = "More fish than advised this week";

    public const string FishWeeklyRule = "Warned while pregnant or breastfeeding, on a day she eats fish or shellfish, when the 7 days "
        + "ending that day hold more than 340 g (12 oz) of them: FDA/EPA advise 2 to 3 servings of 4 oz a week from the "
        + "'Best Choices' list, or 1 serving a week from the 'Good Choices' list.";

    public const string CaffeineUnknownTitle = "Caffeine not known for some foods";

    public const string CaffeineUnknownRule = "Warned while pregnant or breastfeeding when she logs a coffee, tea, cocoa, cola or "
        + "chocolate sweet for which USDA gives no caffeine value: the day's caffeine total leaves it out and may be higher than shown.";

    /// <summary>FDA/EPA: 2 to 3 servings a week from the "Best Choices" list, a serving being 4 oz: at most 12 oz (340 g).</summary>
    public const double FishGramsPerWeek = 340;

    /// <summary>Fish and shellfish: SR28's finfish and shellfish group (a recipe's fish arrives as its own ingredient).</summary>
    public const string FishFoodGroup = "Finfish and Shellfish Products";

    /// <summary>
    /// The warnings a day's foods raise at a life stage, in a stable order. <paramref name="week"/> holds the 7 days ending
    /// on the day (the day included), for the weekly fish amount.
    /// </summary>
    public static IReadOnlyList<SafetyWarning> Evaluate(LifeStage stage, IEnumerable<ConsumedFood> day, IEnumerable<ConsumedFood> week)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(week);
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
                // Rounded as the caffeine bar rounds it: up, so that 200.3 mg never reads as 200.
                var shown = ShownAmount.Rounded(caffeine, TargetDirection.AtMost, "mg", met: false);
                warnings.Add(new SafetyWarning(
                    SafetyWarningKind.Caffeine,
                    "Caffeine above 200 mg",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"The day's caffeine is {shown:#,0} mg, above the 200 mg a day that {(stage.IsPregnant ? "ACOG and EFSA consider safe in pregnancy." : "EFSA considers safe for breastfed infants.")}"),
                    DistinctNames(items.Where(i => i.Nutrient(f => f.CaffeineMg) > 0)),
                    CaffeineReferenceKeys(stage)));
            }

            if (items.Exists(i => CaffeineSources.IsCaffeineUnknown(i.Food)))
            {
                warnings.Add(CaffeineUnknown(stage, DistinctNames(items.Where(i => CaffeineSources.IsCaffeineUnknown(i.Food)))));
            }

            // The week's fish is named on the days she eats fish, not on every day after.
            if (items.Exists(IsFish))
            {
                var fishGrams = week.Where(IsFish).Sum(i => i.Grams);
                if (fishGrams > FishGramsPerWeek)
                {
                    warnings.Add(FishWeeklyAmount(fishGrams, DistinctNames(week.Where(IsFish))));
                }
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

    public static bool IsFish(ConsumedFood item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.Equals(item.Food.FoodGroup, FishFoodGroup, StringComparison.Ordinal);
    }

    private static SafetyWarning CaffeineUnknown(LifeStage stage, List<string> foods) => new(
        SafetyWarningKind.CaffeineUnknown,
        CaffeineUnknownTitle,
        "USDA gives no caffeine value for "
        + (foods.Count == 1 ? "this food" : "these foods")
        + ", which usually hold caffeine, so the day's caffeine total leaves "
        + (foods.Count == 1 ? "it" : "them")
        + " out and may be higher than shown. A cup of brewed coffee holds about 95 mg, a cup of black tea about 47 mg"
        + (stage.IsPregnant ? "; keep the day under 200 mg." : "."),
        foods,
        CaffeineReferenceKeys(stage));

    private static SafetyWarning FishWeeklyAmount(double grams, List<string> foods) => new(
        SafetyWarningKind.FishWeeklyAmount,
        FishWeeklyTitle,
        string.Create(
            CultureInfo.InvariantCulture,
            $"The last 7 days hold {Math.Ceiling(grams):0} g of fish and shellfish. FDA/EPA advise 2 to 3 servings (8–12 oz, about 225–340 g) a week from the 'Best Choices' list (salmon, sardines, cod, shrimp, canned light tuna…), or 1 serving a week from the 'Good Choices' list, for their mercury."),
        foods,
        [ReferenceKeys.FdaEpaFish]);

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
