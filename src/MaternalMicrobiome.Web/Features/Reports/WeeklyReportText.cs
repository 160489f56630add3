using System.Globalization;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>The report's wording, shared by the page and the PDF so that both say the same.</summary>
public static class WeeklyReportText
{
    public static string Period(WeeklyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"{report.WeekStart.ToString("ddd d MMM", CultureInfo.InvariantCulture)} – {report.WeekEnd.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}";
    }

    public static string Average(WeeklyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var logged = report.Days.Count(d => d.Score.HasEntries);
        return report.AverageScore is { } average
            ? $"{average.ToString("0", CultureInfo.InvariantCulture)} of 100 over the {logged} logged {(logged == 1 ? "day" : "days")}"
            : "No days logged";
    }

    public static string Day(ReportDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return day.Date.ToString("ddd d MMM", CultureInfo.InvariantCulture);
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> CheckInLines(CheckInSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Days == 0)
        {
            return ["No check-ins this week."];
        }

        var lines = new List<string> { $"Check-ins on {summary.Days} of 7 days" };
        if (summary.AverageSleepHours is { } sleep)
        {
            lines.Add($"Sleep: {Number(sleep)} h a night on average");
        }

        if (summary.AverageStress is { } stress)
        {
            lines.Add($"Stress: {Number(stress)} on average (1 calm, 5 very stressed)");
        }

        lines.Add($"Movement: {summary.MovementMinutes.ToString(CultureInfo.InvariantCulture)} minutes in all");
        lines.Add($"Breathwork on {summary.BreathworkDays} {(summary.BreathworkDays == 1 ? "day" : "days")}");
        if (summary.AntibioticDays > 0)
        {
            lines.Add($"Antibiotic course on {summary.AntibioticDays} {(summary.AntibioticDays == 1 ? "day" : "days")}");
        }

        if (summary.AverageDigestiveComfort is { } comfort)
        {
            lines.Add($"Digestive comfort: {Number(comfort)} on average (1 very uncomfortable, 5 comfortable)");
        }

        if (summary.BristolTypes.Count > 0)
        {
            lines.Add($"Bristol stool types: {string.Join(", ", summary.BristolTypes)}");
        }

        return lines;
    }

    public static string Score(ReportDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return day.Score.HasEntries ? day.Score.Overall.ToString(CultureInfo.InvariantCulture) : "not logged";
    }

    public static string Fiber(ReportDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return day.Score.For(Domain.Scoring.Metric.Fiber) is { } fiber && day.Score.HasEntries ? Format.Actual(fiber) : "—";
    }
}
