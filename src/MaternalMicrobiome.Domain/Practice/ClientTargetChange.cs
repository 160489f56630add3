using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Practice;

/// <summary>One change to a mother's targets, kept so she can see who changed what.</summary>
public sealed class ClientTargetChange
{
    public long Id { get; set; }
    public required string MotherId { get; set; }
    public required string ChangedById { get; set; }
    public required string ChangedByName { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>What changed, in words: "Dietary fiber target", "Caffeine weight" (rows from before the plant counting mode was retired may say "Plant counting").</summary>
    public required string Setting { get; set; }

    /// <summary>The value before, as shown to people ("28 g"); "default" when there was no override.</summary>
    public required string Before { get; set; }

    public required string After { get; set; }

    /// <summary>The target changed; null for rows saved before values were kept (and old "Plant counting" rows).</summary>
    public Metric? Metric { get; set; }

    /// <summary>The target's value after the change (null: the default), so past days are scored with what was in force.</summary>
    public double? Value { get; set; }

    /// <summary>The target's weight after the change (null: the default).</summary>
    public double? Weight { get; set; }

    /// <summary>What scoring needs of this change; null for a row saved before values were kept.</summary>
    public TargetHistoryEntry? ToHistoryEntry() =>
        Metric is { } metric ? new TargetHistoryEntry(At, metric, Value, Weight) : null;
}
