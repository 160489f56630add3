using MaternalMicrobiome.Web.Features.Clients;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>A client's week for her nutritionist: on screen, printed, as PDF and as CSV.</summary>
/// <param name="AverageScore">The mean overall score of the days she logged; null when she logged none.</param>
public sealed record WeeklyReport(
    string ClientId,
    string ClientName,
    string Stage,
    DateOnly WeekStart,
    IReadOnlyList<ReportDay> Days,
    double? AverageScore,
    IReadOnlyList<ReportPlant> Plants,
    double PlantTotal,
    double PlantTarget,
    IReadOnlyList<TargetAdherence> Adherence,
    IReadOnlyList<ReportWarning> Warnings,
    CheckInSummary CheckIns,
    IReadOnlyList<ReportComment> Comments)
{
    public DateOnly WeekEnd => WeekStart.AddDays(WeeklyReportService.WeekDays - 1);
}
