using System.Globalization;

namespace MaternalMicrobiome.Benchmarks;

/// <summary>Percentiles of timed samples, as every report prints them (nearest rank).</summary>
public static class Latency
{
    /// <summary>The <paramref name="p"/> percentile of samples already in ascending order.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    /// <summary>"what: p50 …, p95 …, p99 …, max …" in milliseconds.</summary>
    public static string Describe(string what, IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}: p50 {Percentile(sorted, 0.5):0.0} ms, p95 {Percentile(sorted, 0.95):0.0} ms, p99 {Percentile(sorted, 0.99):0.0} ms, max {sorted[^1]:0.0} ms");
    }
}
