namespace MaternalMicrobiome.Domain.Scoring;

/// <summary>How a day did against one target.</summary>
public sealed record TargetResult(TargetDefinition Definition, double Actual, double Fraction, bool Met, IReadOnlyList<Contribution> Contributions)
{
    public Metric Metric => Definition.Metric;
    public double Target => Definition.Value;
}
