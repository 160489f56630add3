using MaternalMicrobiome.Domain.Evidence;

namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>One rule of a target set: a goal or a limit for one metric, with the evidence behind it.</summary>
/// <param name="Weight">Relative weight of this target in the day's overall score.</param>
/// <param name="Rule">What counts, in plain words.</param>
/// <param name="EvidenceNote">What the cited studies did and did not show.</param>
/// <param name="StretchValue">An optional higher goal shown beside the target (fermented foods: 6).</param>
public sealed record TargetDefinition(
    Metric Metric,
    TargetDirection Direction,
    double Value,
    string Unit,
    double Weight,
    EvidenceGrade Grade,
    IReadOnlyList<string> ReferenceKeys,
    string Title,
    string Rule,
    string EvidenceNote,
    double? StretchValue = null)
{
    /// <summary>
    /// How much of the target is met, from 0 to 1. A goal scores actual / target, capped at 1;
    /// a limit scores 1 up to the limit and limit / actual above it.
    /// </summary>
    public double FractionMet(double actual) => Direction switch
    {
        TargetDirection.AtLeast => Value <= 0 ? 1 : Math.Clamp(actual / Value, 0, 1),
        _ => actual <= Value ? 1 : Math.Clamp(Value / actual, 0, 1),
    };

    public bool IsMet(double actual) => Direction == TargetDirection.AtLeast ? actual >= Value : actual <= Value;
}
