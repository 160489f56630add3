using System.Globalization;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Scoring;
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

    /// <summary>"not logged" for a day without entries; its other cells are blank (never 0).</summary>
    public static string Score(ReportDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return day.Logged ? day.Score.Overall.ToString(CultureInfo.InvariantCulture) : "not logged";
    }

    public static string Fiber(ReportDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return day.Logged && day.Score.For(Metric.Fiber) is { } fiber ? Format.Actual(fiber) : string.Empty;
    }

    /// <summary>A metric's value rounded for a table cell; blank on a day she logged nothing.</summary>
    public static string Value(ReportDay day, Metric metric)
    {
        ArgumentNullException.ThrowIfNull(day);
        return day.Actual(metric) is { } value ? Number(value) : string.Empty;
    }

    public static string TargetsMet(ReportDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return day.TargetsMet is { } met ? $"{met} of {day.Score.Targets.Count}" : string.Empty;
    }

    /// <summary>"Pregnant, week 21 (trimester 2) on Sun 8 Mar 2026 · due Mon 20 Jul 2026".</summary>
    public static string Stage(ReportStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        var text = $"{stage.Stage.Describe()} on {LongDate(stage.On)}";
        return stage.DueDate is { } due ? $"{text} · due {LongDate(due)}" : text;
    }

    public static string Produced(WeeklyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"Produced {LongDate(report.ProducedOn)}";
    }

    public static string Warning(ReportWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        return $"{LongDate(warning.Date)}: {warning.Title} ({string.Join(", ", warning.FoodNames)})";
    }

    /// <summary>A reference in full: authors (year). Title. Source. DOI or URL. Evidence status.</summary>
    public static string Reference(Reference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var link = reference.Doi is { Length: > 0 } doi ? $" doi:{doi}" : reference.Url is { Length: > 0 } url ? $" {url}" : string.Empty;
        return $"{ReferenceCitation.Lead(reference)}. {reference.Title.TrimEnd('.')}. {reference.Source.TrimEnd('.')}.{link} Evidence: {EvidenceStatusCodes.Describe(reference.Status)}.";
    }

    /// <summary>Why some values read "at least" or "unknown": a missing value is never taken as 0.</summary>
    public const string PrenatalUnknowns =
        "A food without a published value adds nothing, so the average then reads \"at least\"; a nutrient no logged food has a value for is unknown, not 0, "
        + "and is met only when the known values alone reach the RDA/AI. Iodine is unknown for USDA foods.";

    /// <summary>How many days the prenatal averages are over, and the reference group they are compared with.</summary>
    public static string PrenatalLoggedDays(WeeklyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var prenatal = report.PrenatalNutrients;
        var group = prenatal.Averages.Count == 0 ? string.Empty : $" Compared with the RDA/AI for {prenatal.Averages[0].Reference.PopulationGroup}.";
        return $"{NutrientFormat.LoggedDays(prenatal.LoggedDays)}{group}";
    }

    public static string LongDate(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
