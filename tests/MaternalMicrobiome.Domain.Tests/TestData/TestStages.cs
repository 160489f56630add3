using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Tests.TestData;

/// <summary>The day most tests score, the life stages on it, and a one-line scorer.</summary>
public static class TestStages
{
    public static DateOnly Today { get; } = new(2025, 6, 10);

    /// <summary>The due date that puts a pregnancy at the start of <paramref name="gestationalWeek"/> on <paramref name="on"/>.</summary>
    public static DateOnly DueDateForWeek(int gestationalWeek, DateOnly on) => on.AddDays(LifeStage.PregnancyDays - (7 * gestationalWeek));

    /// <summary>Week 20 on <see cref="Today"/>: the second trimester.</summary>
    public static LifeStage PregnantTrimester2 { get; } = LifeStage.Pregnant(DueDateForWeek(20, Today), Today);

    /// <summary>Exclusively breastfeeding a 10-week-old baby on <see cref="Today"/>.</summary>
    public static LifeStage Breastfeeding { get; } = LifeStage.Breastfeeding(Today.AddDays(-70), FeedingMode.Exclusive, Today);

    public static LifeStage Planning => LifeStage.PlanningPregnancy;

    public static LifeStage Postpartum => LifeStage.PostpartumNotBreastfeeding;

    public static LifeStage Of(LifeStageKind kind) => kind switch
    {
        LifeStageKind.Pregnant => PregnantTrimester2,
        LifeStageKind.Breastfeeding => Breastfeeding,
        LifeStageKind.PostpartumNotBreastfeeding => Postpartum,
        _ => Planning,
    };

    public static DayScore Score(LifeStage stage, params ConsumedFood[] foods) =>
        DayScorer.Score(Today, foods, DefaultTargets.For(stage), stage);

    public static TargetResult Result(this DayScore score, Metric metric)
    {
        ArgumentNullException.ThrowIfNull(score);
        return score.For(metric) ?? throw new InvalidOperationException($"The day has no {metric} target.");
    }
}
