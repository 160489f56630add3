using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Features.Targets;

/// <summary>
/// One target of her current stage: the stage's default, the nutritionist's value and weight (null = default), what
/// scoring uses now, and the safe range a client value must stay in.
/// </summary>
public sealed record ClientTargetRow(
    Metric Metric,
    string Title,
    string Unit,
    TargetDirection Direction,
    double DefaultValue,
    double DefaultWeight,
    double? Value,
    double? Weight,
    double CurrentValue,
    double CurrentWeight,
    TargetBound Bound)
{
    public bool IsDefault => Value is null && Weight is null;
}
