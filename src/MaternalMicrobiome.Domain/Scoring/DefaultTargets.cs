using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>
/// The default target set of each life stage (DESIGN.md section 2; numbers and sources in docs/scoring.md).
/// Planning a pregnancy and postpartum without breastfeeding use the adult women's fiber and water values.
/// </summary>
public static class DefaultTargets
{
    public static TargetSet For(LifeStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        List<TargetDefinition> targets =
        [
            Fiber(stage),
            FermentedServings,
            PlantsPerDay,
            PlantsPerWeek,
            PrebioticServings,
            PlantColours,
            BeverageWater(stage),
            AddedSugar,
        ];

        // The caffeine limit applies while pregnant or breastfeeding.
        if (stage.IsPregnant || stage.IsBreastfeeding)
        {
            targets.Add(Caffeine(stage));
        }

        targets.Add(UltraProcessedShare);
        return new TargetSet(targets);
    }

    public static double FiberGrams(LifeStage stage) => stage.Kind switch
    {
        LifeStageKind.Pregnant => 28,
        LifeStageKind.Breastfeeding => 29,
        _ => 25,
    };

    public static double BeverageWaterMillilitres(LifeStage stage) => stage.Kind switch
    {
        LifeStageKind.Pregnant => 2300,
        LifeStageKind.Breastfeeding => 3100,
        _ => 2200,
    };

    private static TargetDefinition Fiber(LifeStage stage) => new(
        Metric.Fiber, TargetDirection.AtLeast, FiberGrams(stage), "g", 3, EvidenceGrade.Guideline,
        [ReferenceKeys.IomMacronutrients],
        "Dietary fiber",
        "Total dietary fiber from everything logged today.",
        "The IOM Adequate Intake is 28 g/day in pregnancy, 29 g/day when breastfeeding and 25 g/day for other adult women, "
        + "based on about 14 g per 1,000 kcal, the intake seen to protect against coronary heart disease in cohort studies. "
        + "An Adequate Intake is a level judged adequate, not a minimum below which harm is shown.");

    private static TargetDefinition FermentedServings { get; } = new(
        Metric.FermentedServings, TargetDirection.AtLeast, 2, "servings", 3, EvidenceGrade.AppChoice,
        [ReferenceKeys.Wastyk2021, ReferenceKeys.Marco2021],
        "Fermented foods with live cultures",
        "Servings of foods that still hold live cultures when eaten: 170 g (6 oz) of kefir or yogurt, 75 g (½ cup) of live "
        + "sauerkraut or kimchi. Tempeh and canned sauerkraut are fermented but not live. In pregnancy a food that raises a "
        + "safety warning never counts: kombucha, water kefir and kvass (alcohol), kefir or yogurt from raw milk.",
        "2 servings a day is the app's own choice: no trial tested it. In Wastyk 2021 the fermented-food arm ramped up over "
        + "4 weeks toward a goal of 6 servings a day and gained microbiome diversity and lower inflammatory markers; 6 is "
        + "the stretch goal here. The participants were healthy non-pregnant adults, and the trial's primary outcome did "
        + "not change. Marco 2021 defines fermented foods and separates them from probiotics.",
        StretchValue: 6);

    private static TargetDefinition PlantsPerDay { get; } = new(
        Metric.PlantsPerDay, TargetDirection.AtLeast, 5, "plants", 2, EvidenceGrade.Heuristic,
        [ReferenceKeys.McDonald2018],
        "Plant variety today",
        "Distinct plant species eaten today: red and white onion are one plant, each plant of a mixed dish counts, "
        + "refined flour, sugar, oils and juices carry none.",
        "Heuristic: 5 a day is derived from McDonald 2018's weekly 30 so that the week is within reach. No study tested a "
        + "daily number.");

    private static TargetDefinition PlantsPerWeek { get; } = new(
        Metric.PlantsPerWeek, TargetDirection.AtLeast, 30, "plants", 2, EvidenceGrade.Observational,
        [ReferenceKeys.McDonald2018],
        "Plant variety, last 7 days",
        "Distinct plant species over the rolling 7 days ending today, each counted once however often eaten.",
        "In the American Gut project, people who ate more than 30 plant types a week had more diverse gut microbiomes than "
        + "people who ate 10 or fewer. The data are observational and self-reported, 30 was a comparison group rather than "
        + "a tested dose, and pregnant women were not studied specifically.");

    private static TargetDefinition PrebioticServings { get; } = new(
        Metric.PrebioticServings, TargetDirection.AtLeast, 2, "servings", 1, EvidenceGrade.Heuristic,
        [ReferenceKeys.Gibson2017, ReferenceKeys.Jones2024],
        "Prebiotic-rich foods",
        "Servings of foods rich in inulin, FOS or GOS: garlic, onion, leek, asparagus, Jerusalem artichoke, chicory, "
        + "dandelion greens, banana, lentils, chickpeas and dried beans, soy milk.",
        "Gibson 2017 defines a prebiotic as a substrate selectively used by host microbes with a health benefit. Jones 2024 "
        + "found that a 14.2 g/day GOS/FOS supplement in pregnancy and breastfeeding shifted mother and infant microbiota; food "
        + "servings are not that dose, and the parent trial found no difference in infant eczema. These foods are also "
        + "high-FODMAP triggers for people with IBS.");

    private static TargetDefinition PlantColours { get; } = new(
        Metric.PlantColours, TargetDirection.AtLeast, 4, "colours", 1, EvidenceGrade.Heuristic,
        [ReferenceKeys.Dga2020],
        "Plant colours",
        "Colour groups among today's fruit and vegetables: red/orange, yellow, green, blue/purple, white/tan.",
        "Heuristic: no study sets a number of colours a day. The Dietary Guidelines for Americans recommend a variety of "
        + "vegetable subgroups, one of them defined by colour (red and orange).");

    private static TargetDefinition BeverageWater(LifeStage stage) => new(
        Metric.BeverageWater, TargetDirection.AtLeast, BeverageWaterMillilitres(stage), "mL", 2, EvidenceGrade.Guideline,
        [ReferenceKeys.IomWater, ReferenceKeys.EfsaWater],
        "Water from drinks",
        "Water contained in everything logged as a drink (water, milk, tea, coffee, kefir, juice…), at 1 g = 1 mL.",
        "The IOM Adequate Intake for total water is 3.0 L/day in pregnancy and 3.8 L/day when breastfeeding (2.7 L for "
        + "other adult women), of which drinks supply about 77% and 82%: 2.3 L and 3.1 L (2.2 L). EFSA proposes 2.0 L "
        + "plus 300 mL in pregnancy and plus about 700 mL when breastfeeding: total water from food and drinks, not drinks "
        + "alone. These are for moderate temperature and activity.");

    private static TargetDefinition AddedSugar { get; } = new(
        Metric.AddedSugar, TargetDirection.AtMost, 25, "g", 1, EvidenceGrade.Guideline,
        [ReferenceKeys.AhaSugar, ReferenceKeys.WhoSugars],
        "Added sugar",
        "Added sugar from everything logged today. USDA SR28 lists total sugars only, so most added-sugar values are "
        + "curated estimates, marked as such.",
        "The American Heart Association advises women to keep added sugar to 25 g (6 teaspoons) a day; the WHO recommends "
        + "free sugars below 10% of energy, ideally below 5% (about 25 g at 2,000 kcal).");

    // ACOG speaks to pregnancy only; while breastfeeding the limit rests on EFSA alone.
    private static TargetDefinition Caffeine(LifeStage stage) => new(
        Metric.Caffeine, TargetDirection.AtMost, 200, "mg", 1, EvidenceGrade.Guideline,
        SafetyRules.CaffeineReferenceKeys(stage),
        "Caffeine",
        "Caffeine from coffee, tea, cola, chocolate and everything else logged today.",
        stage.IsPregnant
            ? "ACOG (reaffirmed 2023): less than 200 mg a day does not appear to be a major factor in miscarriage or preterm "
              + "birth; its relation to growth restriction is undetermined. EFSA: up to 200 mg a day raises no safety concern "
              + "for the fetus."
            : "EFSA: single doses and habitual intakes up to 200 mg a day by breastfeeding women raise no safety concern for "
              + "breastfed infants. ACOG's 200 mg opinion covers pregnancy only.");

    private static TargetDefinition UltraProcessedShare { get; } = new(
        Metric.UltraProcessedShare, TargetDirection.AtMost, 20, "%", 1, EvidenceGrade.Heuristic,
        [],
        "Ultra-processed share",
        "Share of today's logged grams that are ultra-processed (NOVA group 4). Plain water, black coffee and tea are left "
        + "out so that drinking water does not hide ultra-processed food.",
        "Heuristic: no cited study sets this limit. It keeps whole foods, which carry the fiber and plants, at the centre of the day.");
}
