using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Domain.Practice;

/// <summary>A nutritionist's client-specific value and/or weight for one target of one mother.</summary>
public sealed class ClientTarget
{
    public required string MotherId { get; set; }
    public Metric Metric { get; set; }

    /// <summary>The target value; null keeps the stage's default.</summary>
    public double? Value { get; set; }

    /// <summary>The weight in the overall score; null keeps the default.</summary>
    public double? Weight { get; set; }

    public required string UpdatedById { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public TargetOverride ToOverride() => new(Metric, Value, Weight);
}
