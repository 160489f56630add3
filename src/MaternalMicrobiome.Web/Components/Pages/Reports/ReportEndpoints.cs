using System.Globalization;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Api;
using MaternalMicrobiome.Web.Application;

namespace MaternalMicrobiome.Web.Components.Pages.Reports;

/// <summary>Weekly report downloads for a nutritionist: plain GETs, so the browser saves the file.</summary>
public static class ReportEndpoints
{
    public static string PdfPath(string clientId, DateOnly weekStart) => $"/clients/{Uri.EscapeDataString(clientId)}/report.pdf?week={Iso(weekStart)}";

    public static string CsvPath(string clientId, DateOnly weekStart) => $"/clients/{Uri.EscapeDataString(clientId)}/report.csv?week={Iso(weekStart)}";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/clients/{clientId}")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Nutritionist))
            .AddEndpointFilter(ApiEndpoints.ShareRequestUserWithServices);
        group.MapGet("/report.pdf", (string clientId, DateOnly? week, WeeklyReportService reports, HttpContext context, CancellationToken cancellationToken) =>
            DownloadAsync(clientId, week, reports, context, "application/pdf", "pdf", WeeklyReportPdf.Render, cancellationToken));
        group.MapGet("/report.csv", (string clientId, DateOnly? week, WeeklyReportService reports, HttpContext context, CancellationToken cancellationToken) =>
            DownloadAsync(clientId, week, reports, context, "text/csv; charset=utf-8", "csv", r => System.Text.Encoding.UTF8.GetBytes(WeeklyReportCsv.Write(r)), cancellationToken));
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        string clientId, DateOnly? week, WeeklyReportService reports, HttpContext context, string contentType, string extension,
        Func<WeeklyReport, byte[]> render, CancellationToken cancellationToken)
    {
        var weekStart = week ?? reports.DefaultWeekStart();
        try
        {
            var report = await reports.GetAsync(clientId, weekStart, cancellationToken);
            context.Response.Headers.CacheControl = "no-store";
            return Results.File(render(report), contentType, $"weekly-report-{Iso(weekStart)}.{extension}");
        }
        catch (NotFoundException)
        {
            // Not linked (or no such client): the same answer, so nothing is learnt about who is a client.
            return Results.NotFound();
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
