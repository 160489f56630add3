using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Domain.Safety;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>A day scored against its target set.</summary>
/// <param name="Overall">Weighted mean of the target fractions, 0–100; 0 on a day with nothing logged.</param>
public sealed record DayScore(
    DateOnly Date,
    LifeStage Stage,
    bool HasEntries,
    int Overall,
    IReadOnlyList<TargetResult> Targets,
    bool Synergy,
    IReadOnlyList<SafetyWarning> Warnings)
{
    public TargetResult? For(Metric metric) => Targets.FirstOrDefault(t => t.Metric == metric);
}
