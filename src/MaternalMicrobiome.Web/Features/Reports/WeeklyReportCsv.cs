using System.Globalization;
using System.Text;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Application;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>The weekly report as CSV: one row per day, numbers without units, for a spreadsheet.</summary>
public static class WeeklyReportCsv
{
    private static readonly string[] Header =
    [
        "Date", "Logged", "Score", "Fiber g", "Fermented servings", "Plants today", "Plants 7 days", "Prebiotic servings",
        "Colours", "Beverage water mL", "Added sugar g", "Caffeine mg", "Ultra-processed %", "Targets met", "Targets",
        "Safety warnings", "Sleep h", "Stress 1-5", "Movement min", "Breathwork", "Antibiotics", "Digestive comfort 1-5", "Bristol type",
    ];

    private static readonly Metric[] Metrics =
    [
        Metric.Fiber, Metric.FermentedServings, Metric.PlantsPerDay, Metric.PlantsPerWeek, Metric.PrebioticServings,
        Metric.PlantColours, Metric.BeverageWater, Metric.AddedSugar, Metric.Caffeine, Metric.UltraProcessedShare,
    ];

    public static string Write(WeeklyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builder = new StringBuilder();
        using (var writer = new StringWriter(builder, CultureInfo.InvariantCulture))
        using (var csv = new SafeCsvWriter(writer))
        {
            foreach (var column in Header)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var day in report.Days)
            {
                // A day she logged nothing is blank in every food column, never 0: nothing was measured.
                var score = day.Score;
                csv.WriteField(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(day.Logged ? "yes" : "no");
                csv.WriteField(day.Logged ? score.Overall.ToString(CultureInfo.InvariantCulture) : string.Empty);
                foreach (var metric in Metrics)
                {
                    csv.WriteField(day.Actual(metric) is { } actual ? Math.Round(actual, 1).ToString(CultureInfo.InvariantCulture) : string.Empty);
                }

                csv.WriteField(day.TargetsMet?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(day.Logged ? score.Targets.Count.ToString(CultureInfo.InvariantCulture) : string.Empty);
                csv.WriteField(string.Join("; ", score.Warnings.Select(w => w.Title)));
                var checkIn = day.CheckIn;
                csv.WriteField(checkIn?.SleepHours?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(checkIn?.Stress?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(checkIn?.MovementMinutes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(checkIn is null ? string.Empty : checkIn.Breathwork ? "yes" : "no");
                csv.WriteField(checkIn is null ? string.Empty : checkIn.AntibioticCourse ? "yes" : "no");
                csv.WriteField(checkIn?.DigestiveComfort?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                csv.WriteField(checkIn?.BristolType?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
                csv.NextRecord();
            }
        }

        return builder.ToString();
    }
}
