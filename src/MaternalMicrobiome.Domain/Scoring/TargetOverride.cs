namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>A client-specific value and/or weight for one metric; null keeps the default.</summary>
public sealed record TargetOverride(Metric Metric, double? Value, double? Weight);
