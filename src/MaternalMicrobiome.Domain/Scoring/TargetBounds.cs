using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>
/// The bounds a nutritionist's client-specific targets must stay within. The caffeine limit depends on the stage on
/// the day scored: a value set before a pregnancy never lets the limit rise above 200 mg while pregnant.
/// </summary>
public static class TargetBounds
{
    public const double MinimumWeight = 0;
    public const double MaximumWeight = 5;

    /// <summary>The most caffeine a limit may allow while pregnant or breastfeeding (acog-2010-caffeine, efsa-2015-caffeine).</summary>
    public const double CaffeineLimitPregnancy = 200;

    /// <summary>EFSA's habitual intake of no concern for other adults.</summary>
    public const double CaffeineLimitAdult = 400;

    public static TargetBound For(Metric metric, LifeStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return metric switch
        {
            Metric.Fiber => new(metric, 15, 60, "g", "Fiber between 15 and 60 g a day: below is too little to help, above often upsets digestion."),
            Metric.FermentedServings => new(metric, 1, 6, "servings", "Fermented servings between 1 and 6 a day: the bounds are the app's own choice (wastyk-2021 had one goal, 6 servings a day, in non-pregnant adults)."),
            Metric.PlantsPerDay => new(metric, 1, 15, "plants", "Between 1 and 15 plants a day."),
            Metric.PlantsPerWeek => new(metric, 10, 50, "plants", "Between 10 and 50 plants a week."),
            Metric.PrebioticServings => new(metric, 1, 6, "servings", "Between 1 and 6 prebiotic-rich servings a day."),
            Metric.PlantColours => new(metric, 1, 5, "colours", "Between 1 and 5 colours: there are five colour groups."),
            Metric.BeverageWater => new(metric, 1500, 5000, "mL", "Water from drinks between 1,500 and 5,000 mL a day."),
            Metric.AddedSugar => new(metric, 0, 50, "g", "Added sugar at most 50 g a day (WHO: under 10% of energy)."),
            Metric.Caffeine when stage.IsPregnant || stage.IsBreastfeeding =>
                new(metric, 0, CaffeineLimitPregnancy, "mg", "Caffeine never above 200 mg a day while pregnant or breastfeeding."),
            Metric.Caffeine => new(metric, 0, CaffeineLimitAdult, "mg", "Caffeine never above 400 mg a day."),
            Metric.UltraProcessedShare => new(metric, 0, 50, "%", "Ultra-processed share at most 50% of logged grams."),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
        };
    }
}
