using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Practice;

/// <summary>One change to a mother's targets or plant counting mode, kept so she can see who changed what.</summary>
public sealed class ClientTargetChange
{
    public long Id { get; set; }
    public required string MotherId { get; set; }
    public required string ChangedById { get; set; }
    public required string ChangedByName { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>What changed, in words: "Dietary fiber target", "Caffeine weight", "Plant counting".</summary>
    public required string Setting { get; set; }

    /// <summary>The value before, as shown to people ("28 g"); "default" when there was no override.</summary>
    public required string Before { get; set; }

    public required string After { get; set; }

    /// <summary>The target changed; null for a change of plant counting (and for rows saved before values were kept).</summary>
    public Metric? Metric { get; set; }

    /// <summary>The target's value after the change (null: the default), so past days are scored with what was in force.</summary>
    public double? Value { get; set; }

    /// <summary>The target's weight after the change (null: the default).</summary>
    public double? Weight { get; set; }

    /// <summary>The plant counting after a change of plant counting.</summary>
    public PlantCountingMode? PlantCounting { get; set; }

    /// <summary>What scoring needs of this change; null for a row saved before values were kept.</summary>
    public TargetHistoryEntry? ToHistoryEntry() =>
        Metric is not null || PlantCounting is not null ? new TargetHistoryEntry(At, Metric, Value, Weight, PlantCounting) : null;
}
