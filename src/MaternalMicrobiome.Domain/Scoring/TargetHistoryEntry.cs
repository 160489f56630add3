namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>
/// One saved change to a mother's targets, as scoring needs it: from <paramref name="At"/> on, <paramref name="Metric"/>'s
/// override is <paramref name="Value"/> and <paramref name="Weight"/> (both null: back to the default).
/// </summary>
public sealed record TargetHistoryEntry(DateTimeOffset At, Metric Metric, double? Value, double? Weight);
