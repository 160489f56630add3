using MaternalMicrobiome.Domain.Scoring;

namespace MaternalMicrobiome.Web.Features.Targets;

/// <summary>
/// One target's client value and weight; null keeps the stage's default. Title, unit and bound are for the messages:
/// the service sets them again from her stage before validating, so a page cannot widen a bound.
/// </summary>
public sealed class ClientTargetEdit
{
    public Metric Metric { get; set; }
    public double? Value { get; set; }
    public double? Weight { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Unit { get; set; } = string.Empty;
    public TargetBound? Bound { get; set; }

    public void ResetToDefault()
    {
        Value = null;
        Weight = null;
    }
}
