using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>
/// The targets in force on a day: a day is scored with the overrides saved on or before its end, so changing a
/// mother's targets today does not rescore the days she has already lived.
/// </summary>
public static class TargetHistory
{
    /// <summary>The last instant of <paramref name="date"/> in <paramref name="zone"/>: a change at or before it applies to the day.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);

        // The ends of the calendar (a date typed as 9999-12-31) have every change, or none, in force.
        if (date.Year >= 9999)
        {
            return DateTimeOffset.MaxValue;
        }

        if (date.Year <= 1)
        {
            return DateTimeOffset.MinValue;
        }

        var nextMidnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(nextMidnight) ? zone.BaseUtcOffset : zone.GetUtcOffset(nextMidnight);
        return new DateTimeOffset(nextMidnight, offset).AddTicks(-1);
    }

    /// <summary>
    /// The changes at or before <paramref name="endOfDay"/>, in the order they were saved (by time; equal times in list
    /// order). Their count identifies the targets in force, so days with the same count share one target set.
    /// </summary>
    public static int CountInForce(IReadOnlyList<TargetHistoryEntry> history, DateTimeOffset endOfDay)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Count(e => e.At <= endOfDay);
    }

    /// <summary>Per metric, the latest override at or before <paramref name="endOfDay"/>; a reset to default is none.</summary>
    public static IReadOnlyList<TargetOverride> OverridesAt(IEnumerable<TargetHistoryEntry> history, DateTimeOffset endOfDay)
    {
        ArgumentNullException.ThrowIfNull(history);
        var latest = new Dictionary<Metric, TargetHistoryEntry>();
        foreach (var entry in InForce(history, endOfDay))
        {
            latest[entry.Metric] = entry;
        }

        return latest.Values
            .Where(e => e.Value is not null || e.Weight is not null)
            .OrderBy(e => e.Metric)
            .Select(e => new TargetOverride(e.Metric, e.Value, e.Weight))
            .ToList();
    }

    /// <summary>The stage's defaults with the overrides in force at <paramref name="endOfDay"/>.</summary>
    public static TargetSet TargetsAt(IReadOnlyList<TargetHistoryEntry> history, LifeStage stage, DateTimeOffset endOfDay) =>
        DefaultTargets.For(stage).WithOverrides(OverridesAt(history, endOfDay), stage);

    /// <summary>
    /// The history completed by what is in force now but was saved before changes were recorded with their values: such
    /// an override has no entry, so it is taken as in force since always, as it was scored before.
    /// </summary>
    public static IReadOnlyList<TargetHistoryEntry> WithEarlierSettings(IReadOnlyList<TargetHistoryEntry> history, IEnumerable<TargetOverride> current)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(current);
        var recorded = history.Select(e => e.Metric).ToHashSet();
        var earlier = current
            .Where(o => !recorded.Contains(o.Metric))
            .Select(o => new TargetHistoryEntry(DateTimeOffset.MinValue, o.Metric, o.Value, o.Weight))
            .ToList();
        return earlier.Count == 0 ? history : [.. earlier, .. history];
    }

    private static IEnumerable<TargetHistoryEntry> InForce(IEnumerable<TargetHistoryEntry> history, DateTimeOffset endOfDay)
    {
        ArgumentNullException.ThrowIfNull(history);

        // OrderBy is stable: two changes saved at the same instant apply in the order they were saved.
        return history.Where(e => e.At <= endOfDay).OrderBy(e => e.At);
    }
}
