using System.Globalization;
using System.Text;
using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Components.Common;
using MaternalMicrobiome.Web.Application;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>
/// The weekly report as CSV for a spreadsheet, numbers without units: one row per day, then after an empty row a block
/// of prenatal nutrient rows, one per day and nutrient.
/// </summary>
public static class WeeklyReportCsv
{
    private static readonly string[] Header =
    [
        "Date", "Logged", "Score", "Fiber g", "Fermented servings", "Plants today", "Plants 7 days", "Prebiotic servings",
        "Colours", "Beverage water mL", "Added sugar g", "Caffeine mg", "Ultra-processed %", "Targets met", "Targets",
        "Safety warnings", "Sleep h", "Stress 1-5", "Movement min", "Breathwork", "Antibiotics", "Digestive comfort 1-5", "Bristol type",
    ];

    private static readonly string[] PrenatalHeader =
    [
        "Date", "Logged", "Nutrient", "Unit", "Amount", "Amount is at least", "RDA/AI", "RDA/AI kind", "Status", "Source",
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

            csv.NextRecord();
            WritePrenatalNutrients(csv, report);
        }

        return builder.ToString();
    }

    /// <summary>
    /// An unlogged day's amount, "at least" and status are blank (nothing was measured); a logged day's nutrient no eaten
    /// food has a value for reads "unknown". Neither is ever 0.
    /// </summary>
    private static void WritePrenatalNutrients(SafeCsvWriter csv, WeeklyReport report)
    {
        foreach (var column in PrenatalHeader)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var day in report.PrenatalNutrients.Days)
        {
            foreach (var result in day.Nutrients)
            {
                var known = day.IsLogged && result.Status != NutrientStatus.Unknown;
                csv.WriteField(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                csv.WriteField(day.IsLogged ? "yes" : "no");
                csv.WriteField(PrenatalNutrients.Name(result.Nutrient));
                csv.WriteField(result.Reference.Unit);
                csv.WriteField(!day.IsLogged ? string.Empty : known ? NutrientFormat.Number(result.KnownTotal) : NutrientFormat.Status(NutrientStatus.Unknown));
                csv.WriteField(known ? (result.IsAtLeast ? "yes" : "no") : string.Empty);
                csv.WriteField(result.Reference.Amount.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(result.Reference.KindAbbreviation);
                csv.WriteField(day.IsLogged ? NutrientFormat.Status(result.Status) : string.Empty);
                csv.WriteField(report.Source(result.Reference));
                csv.NextRecord();
            }
        }
    }
}
