using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Web.Components.Common;
using MaternalMicrobiome.Web.Features.Clients;
using MaternalMicrobiome.Web.Features.Week;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>A client's week for her nutritionist: on screen, printed, as PDF and as CSV.</summary>
/// <param name="AverageScore">The mean overall score of the days she logged; null when she logged none.</param>
/// <param name="ProducedOn">The day the report was made (the server's date).</param>
/// <param name="PrenatalNutrients">The week's prenatal nutrients per day, and their averages over the logged days against <paramref name="Stage"/>.</param>
/// <param name="Recommendations">What the nutritionist wrote for this client and week; null before she writes any.</param>
/// <param name="References">Every source behind the week's targets and warnings, in full, in order of first citation.</param>
public sealed record WeeklyReport(
    string ClientId,
    string ClientName,
    ReportStage Stage,
    DateOnly WeekStart,
    DateOnly ProducedOn,
    ReportPractitioner Practitioner,
    IReadOnlyList<ReportDay> Days,
    double? AverageScore,
    IReadOnlyList<ReportPlant> Plants,
    double PlantTotal,
    double PlantTarget,
    IReadOnlyList<TargetAdherence> Adherence,
    PrenatalWeek PrenatalNutrients,
    IReadOnlyList<ReportWarning> Warnings,
    CheckInSummary CheckIns,
    IReadOnlyList<ReportComment> Comments,
    string? Recommendations,
    IReadOnlyList<Reference> References)
{
    public DateOnly WeekEnd => WeekStart.AddDays(WeeklyReportService.WeekDays - 1);

    /// <summary>"IOM 1998 [3]": a reference value's source as the PDF and CSV cite it.</summary>
    public string Source(DailyReferenceValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return $"{NutrientFormat.Source(value, References.ToDictionary(r => r.Key, StringComparer.Ordinal))} {Citation(value.ReferenceKey)}".TrimEnd();
    }

    /// <summary>"[3]": where a source is cited, its number in <see cref="References"/> (1-based, as printed).</summary>
    public string Citation(string referenceKey)
    {
        var index = References.ToList().FindIndex(r => r.Key == referenceKey);
        return index < 0 ? string.Empty : $"[{index + 1}]";
    }
}
