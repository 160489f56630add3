namespace MaternalMicrobiome.Web.Features.Trends;

/// <summary>
/// One trend chart: her values per day (null where she logged nothing: a gap), the target in force each day (null when
/// the chart has no target), and a y-axis from 0 to <paramref name="AxisMax"/> in steps of <paramref name="AxisStep"/>
/// that fits both.
/// </summary>
public sealed record TrendChart(string Title, string Unit, double?[] Values, double?[]? Target, double AxisMax, int AxisStep)
{
    /// <summary>The mean over the days she logged.</summary>
    public double Average => Values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Average();
}
