using System.Globalization;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;

namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>Weekly report downloads for a nutritionist: plain GETs, so the browser saves the file.</summary>
public static class ReportEndpoints
{
    public static string PdfPath(string clientId, DateOnly weekStart) => $"/clients/{Uri.EscapeDataString(clientId)}/report.pdf?week={Iso(weekStart)}";

    public static string CsvPath(string clientId, DateOnly weekStart) => $"/clients/{Uri.EscapeDataString(clientId)}/report.csv?week={Iso(weekStart)}";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/clients/{clientId}")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Nutritionist))
            .AddEndpointFilter(RequestUserFilter.ShareRequestUserWithServices);
        group.MapGet("/report.pdf", (string clientId, string? week, WeeklyReportService reports, TimeProvider clock, HttpContext context, CancellationToken cancellationToken) =>
            DownloadAsync(clientId, week, reports, clock, context, "application/pdf", "pdf", WeeklyReportPdf.Render, cancellationToken));
        group.MapGet("/report.csv", (string clientId, string? week, WeeklyReportService reports, TimeProvider clock, HttpContext context, CancellationToken cancellationToken) =>
            DownloadAsync(clientId, week, reports, clock, context, "text/csv; charset=utf-8", "csv", r => System.Text.Encoding.UTF8.GetBytes(WeeklyReportCsv.Write(r)), cancellationToken));
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        string clientId, string? week, WeeklyReportService reports, TimeProvider clock, HttpContext context, string contentType, string extension,
        Func<WeeklyReport, byte[]> render, CancellationToken cancellationToken)
    {
        // The week is read here rather than bound as a DateOnly, so a bad one gets a 400 naming it, as the API does.
        // A client she is not linked with (or no such client) throws NotFoundException, which the exception handler
        // answers 404 alike, so nothing is learnt about who is a client.
        if (ReportWeek.TryParse(week, reports.DefaultWeekStart(), LocalDate.Today(clock, null), out var weekStart) is { } error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ReportWeek.Field] = [error] });
        }

        var report = await reports.GetAsync(clientId, weekStart, cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        return Results.File(render(report), contentType, $"weekly-report-{Iso(weekStart)}.{extension}");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
