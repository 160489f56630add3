using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Planning;

/// <summary>
/// Scores the 7 days of a plan with the same <see cref="DayScorer"/> as a logged day. Only the plan's own entries are
/// passed in, so the weekly plant target of day d counts the plants of the plan's days 0 to d: what the plan itself
/// brings, not what she happened to log the week before.
/// </summary>
public static class PlanScorer
{
    public const int Days = 7;

    /// <summary>The planned entries as foods eaten on their dates; entries without a loaded food are skipped.</summary>
    public static IReadOnlyList<ConsumedFood> Consumed(MealPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Entries
            .Where(e => e.Food is not null && e.DayIndex is >= 0 and < Days)
            .Select(e => new ConsumedFood(e.Food!, e.Grams, plan.DateOf(e.DayIndex)))
            .ToList();
    }

    /// <summary>One score per day of the plan, day 0 first.</summary>
    public static IReadOnlyList<DayScore> ScoreDays(MealPlan plan, Func<DateOnly, TargetSet> targetsFor, Func<DateOnly, LifeStage> stageOn)
    {
        ArgumentNullException.ThrowIfNull(targetsFor);
        ArgumentNullException.ThrowIfNull(stageOn);
        var foods = Consumed(plan);
        return Enumerable.Range(0, Days)
            .Select(day => plan.DateOf(day))
            .Select(date => DayScorer.Score(date, foods, targetsFor(date), stageOn(date)))
            .ToList();
    }
}
