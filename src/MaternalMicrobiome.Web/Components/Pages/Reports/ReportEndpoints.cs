using System.Globalization;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Api;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Components.Pages.Today;

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
        // The week is read here rather than bound as a DateOnly, so a bad one gets a 400 naming it, as the API does,
        // and a date at the edge of the calendar never reaches the week arithmetic.
        var weekStart = reports.DefaultWeekStart();
        if (week is not null)
        {
            if (!DateOnly.TryParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out weekStart))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = ["week must be a date such as 2026-03-02 (year-month-day)."] });
            }

            if (!MealEntryRequestValidator.IsWithinLoggingRange(weekStart, LocalDate.Today(clock, null)))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["week"] = [$"week must start within the last {MealEntryRequestValidator.YearsBack} years and at most a year ahead."],
                });
            }
        }

        // Not linked (or no such client): NotFoundException, which the exception handler answers 404 alike, so
        // nothing is learnt about who is a client.
        var report = await reports.GetAsync(clientId, weekStart, cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        return Results.File(render(report), contentType, $"weekly-report-{Iso(weekStart)}.{extension}");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
