namespace MaternalMicrobiome.LoadTests;

/// <summary>Nearest-rank percentiles and medians over measured values.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static double Median(IEnumerable<double> values) => Of(values.Order().ToList(), 50);
}
