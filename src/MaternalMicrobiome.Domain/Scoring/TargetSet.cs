using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>The targets a day is scored against, and how plants are counted.</summary>
public sealed record TargetSet(IReadOnlyList<TargetDefinition> Targets, PlantCountingMode PlantCounting)
{
    public TargetDefinition? For(Metric metric) => Targets.FirstOrDefault(t => t.Metric == metric);
}
