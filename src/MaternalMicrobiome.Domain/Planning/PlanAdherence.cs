using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Planning;

/// <summary>Plan versus actual for a week: planned entries logged from the plan, and planned against actual scores.</summary>
public sealed record PlanAdherence(IReadOnlyList<AdherenceDay> Days)
{
    public int Planned => Days.Sum(d => d.Planned);

    public int Logged => Days.Sum(d => d.Logged);

    /// <summary>Planned entries logged over all planned entries of the week, 0 to 1 (0 for an empty plan).</summary>
    public double Fraction => Planned <= 0 ? 0 : Math.Clamp((double)Logged / Planned, 0, 1);

    /// <summary>
    /// Compares the plan with her log. <paramref name="plannedScores"/> are the plan's day scores (day 0 first);
    /// <paramref name="actualScores"/> her logged days' scores, null for days still ahead.
    /// </summary>
    public static PlanAdherence Compare(MealPlan plan, IReadOnlyList<DayScore> plannedScores, IReadOnlyList<DayScore?> actualScores)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(plannedScores);
        ArgumentNullException.ThrowIfNull(actualScores);
        var days = Enumerable.Range(0, PlanScorer.Days)
            .Select(day =>
            {
                var entries = plan.Entries.Where(e => e.DayIndex == day).ToList();
                return new AdherenceDay(
                    plan.DateOf(day),
                    entries.Count,
                    entries.Count(e => e.LoggedEntryId is not null),
                    day < plannedScores.Count ? plannedScores[day].Overall : 0,
                    day < actualScores.Count ? actualScores[day]?.Overall : null);
            })
            .ToList();
        return new PlanAdherence(days);
    }
}
