using Bunit;
using MaternalMicrobiome.Web.Features.Trends;
using MudBlazor;

namespace MaternalMicrobiome.Web.Tests.Components;

public sealed class TrendChartGridTests : MudTestContext
{
    private static readonly DateOnly Start = new(2026, 11, 1);

    // Seven days: logged on the 1st, 2nd and 5th only; the fiber target rose from 28 g to 35 g on the 4th.
    private static readonly TrendPoint[] Week = Enumerable.Range(0, 7).Select(i =>
    {
        var logged = i is 0 or 1 or 4;
        return new TrendPoint(
            Start.AddDays(i), logged,
            logged ? 20 + i : null, logged ? 1.2 : null, logged ? 12 : null, logged ? 50 : null, logged ? 900 : null,
            i < 3 ? 28 : 35, 1, 30, 2300);
    }).ToArray();

    private List<MudChart<double>> Charts() =>
        Render<TrendChartGrid>(p => p.Add(x => x.Points, Week)).FindComponents<MudChart<double>>().Select(c => c.Instance).ToList();

    private static LineChartOptions Options(MudChart<double> chart) => Assert.IsType<LineChartOptions>(chart.ChartOptions);

    [Fact]
    public void A_day_she_logged_nothing_is_a_gap_not_a_zero()
    {
        var fiber = Charts()[0].ChartSeries[0].Data;

        Assert.Equal([true, true, false, false, true, false, false], fiber.Points.Select(p => p.HasValue));
        Assert.Equal(21, fiber.Points[1].Y);
        Assert.All(Charts(), c => Assert.False(Options(c).ConnectNullPoints));
    }

    [Fact]
    public void Each_chart_but_the_overall_score_has_a_target_line_that_follows_the_targets_in_force()
    {
        var charts = Charts();

        Assert.Equal([2, 2, 2, 1, 2], charts.Select(c => c.ChartSeries.Count));
        var target = charts[0].ChartSeries[1];
        Assert.Equal("Target", target.Name);
        Assert.Equal([28.0, 28, 28, 35, 35, 35, 35], target.Data.Points.Select(p => p.Y));
        Assert.Equal(2300, charts[4].ChartSeries[1].Data.Points[0].Y);
    }

    [Fact]
    public void The_y_axis_fits_the_data_and_the_target_so_servings_near_1_are_not_drawn_on_0_to_20()
    {
        var options = Charts().Select(Options).ToList();

        // Fermented: 1.2 servings, target 1 -> 0 to 2 in steps of 1 (MudBlazor's default step is 20).
        Assert.Equal((2.0, 1), (options[1].YAxisSuggestedMax, options[1].YAxisTicks));

        // Fiber: up to 35 g (the target) -> 0 to 40 in tens; water: up to 2,300 mL -> 0 to 2,500 in steps of 500.
        Assert.Equal((40.0, 10), (options[0].YAxisSuggestedMax, options[0].YAxisTicks));
        Assert.Equal((2500.0, 500), (options[4].YAxisSuggestedMax, options[4].YAxisTicks));
        Assert.All(options, o => Assert.True(o.YAxisRequireZeroPoint));
    }

    [Theory]
    [InlineData(0.0, 1.0, 1)]
    [InlineData(0.3, 1.0, 1)]
    [InlineData(7.0, 8.0, 2)]
    [InlineData(100.0, 100.0, 20)]
    [InlineData(31.6, 40.0, 10)]
    [InlineData(double.NaN, 1.0, 1)]
    public void The_axis_has_a_round_step_and_reaches_the_highest_value(double highest, double max, int step) =>
        Assert.Equal((max, step), TrendChartsData.Axis(highest));
}
