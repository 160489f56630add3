namespace MaternalMicrobiome.Web.Features.Trends;

/// <summary>The trend charts of some days: what each draws and the y-axis that fits it.</summary>
public static class TrendChartsData
{
    public static IReadOnlyList<TrendChart> For(IReadOnlyList<TrendPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return
        [
            Chart("Fiber per day", "g", points.Select(p => p.Fiber), points.Select(p => (double?)p.FiberTarget)),
            Chart("Fermented servings per day", "servings", points.Select(p => p.FermentedServings), points.Select(p => (double?)p.FermentedTarget)),
            Chart("Plants over the 7 days before each day", "plants", points.Select(p => p.PlantsThisWeek), points.Select(p => (double?)p.PlantsTarget)),

            // The overall score has no target: 100 would mean every target met on every day.
            Chart("Overall score", "of 100", points.Select(p => (double?)p.Overall), null),
            Chart("Water from drinks", "mL", points.Select(p => p.WaterMillilitres), points.Select(p => (double?)p.WaterTarget)),
        ];
    }

    private static TrendChart Chart(string title, string unit, IEnumerable<double?> values, IEnumerable<double?>? target)
    {
        var valueArray = values.ToArray();
        var targetArray = target?.ToArray();
        var highest = valueArray.Concat(targetArray ?? []).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var (max, step) = Axis(highest);
        return new TrendChart(title, unit, valueArray, targetArray, max, step);
    }

    /// <summary>
    /// A y-axis from 0 with at most 5 steps at a round step (1, 2 or 5 times a power of ten, at least 1, which is
    /// MudBlazor's smallest tick) whose top is at or above <paramref name="highest"/>: 1.2 servings get 0–2, not 0–20.
    /// </summary>
    public static (double Max, int Step) Axis(double highest)
    {
        if (!double.IsFinite(highest) || highest <= 0)
        {
            return (1, 1);
        }

        var raw = highest / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2, 5, 10 }.Select(m => m * power).First(s => s >= raw);
        var intStep = (int)Math.Max(1, Math.Round(step));
        var max = Math.Ceiling(highest / intStep) * intStep;
        return (max, intStep);
    }
}
