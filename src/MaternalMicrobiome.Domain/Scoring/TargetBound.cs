namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>The safe range a client-specific target value must stay in, and why.</summary>
public sealed record TargetBound(Metric Metric, double Minimum, double Maximum, string Unit, string Reason)
{
    public bool Contains(double value) => !double.IsNaN(value) && value >= Minimum && value <= Maximum;

    public double Clamp(double value) => Math.Clamp(value, Minimum, Maximum);
}
