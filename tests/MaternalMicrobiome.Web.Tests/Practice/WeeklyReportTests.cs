using System.Globalization;
using System.Net;
using System.Text;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Practice;

public sealed class WeeklyReportTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly WeekStart = Given.Today.AddDays(-6);

    private IServiceProvider Services => factory.Services;

    private async Task<(AppUser Nutritionist, AppUser Client)> LinkedClientWithAWeekAsync()
    {
        _ = factory.Server;
        var nutritionist = await Given.UserAsync(Services, Roles.Nutritionist);
        var client = await Given.UserAsync(Services, Roles.Mother);
        await Given.LinkThroughInviteAsync(Services, nutritionist, client);
        await Given.LoggedDaysAsync(Services, client.Id, 3);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Comments.Add(new Comment { MotherId = client.Id, NutritionistId = nutritionist.Id, AuthorId = nutritionist.Id, Date = Given.Today, Text = "Lovely lentils.", CreatedAt = Given.Now });
        db.Comments.Add(new Comment { MotherId = client.Id, NutritionistId = nutritionist.Id, AuthorId = client.Id, Date = WeekStart.AddDays(-1), Text = "Last week's note.", CreatedAt = Given.Now });
        await db.SaveChangesAsync();
        return (nutritionist, client);
    }

    private Task<HttpClient> BrowserOfAsync(AppUser user) => Given.BrowserOfAsync(factory, user);

    private static Uri PathOf(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task The_report_scores_each_day_of_the_week_and_holds_this_weeks_comments_only()
    {
        var (nutritionist, client) = await LinkedClientWithAWeekAsync();
        await using var scope = await Given.SignedInScopeAsync(Services, nutritionist);

        var report = await scope.ServiceProvider.GetRequiredService<WeeklyReportService>().GetAsync(client.Id, WeekStart);

        Assert.Equal(7, report.Days.Count);
        Assert.Equal(3, report.Days.Count(d => d.Score.HasEntries));
        Assert.NotNull(report.AverageScore);
        Assert.Contains(report.Plants, p => p.FoodNames.Contains("Lentils", StringComparison.Ordinal));
        Assert.Equal(3, report.Warnings.Count);
        var comment = Assert.Single(report.Comments);
        Assert.Equal("Lovely lentils.", comment.Text);
        Assert.False(comment.ByClient);
    }

    [Fact]
    public async Task The_pdf_download_is_a_pdf_with_pages_and_the_csv_has_a_row_per_day()
    {
        var (nutritionist, client) = await LinkedClientWithAWeekAsync();
        var browser = await BrowserOfAsync(nutritionist);

        var pdf = await browser.GetAsync(PathOf(ReportEndpoints.PdfPath(client.Id, WeekStart)));
        var csv = await browser.GetAsync(PathOf(ReportEndpoints.CsvPath(client.Id, WeekStart)));

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF", text, StringComparison.Ordinal);
        Assert.Matches(@"/Type\s*/Page[^s]", text);
        Assert.Matches(@"/Count\s*[1-9]", text);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        // The day rows end at the empty row before the prenatal nutrient block (WeeklyReportPrenatalTests).
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n').Select(l => l.TrimEnd('\r')).TakeWhile(l => l.Length > 0).ToList();
        Assert.StartsWith("Date,Logged,Score,Fiber g", lines[0], StringComparison.Ordinal);
        Assert.Equal(8, lines.Count);
        Assert.StartsWith(WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lines[1], StringComparison.Ordinal);
        Assert.StartsWith(Given.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ",yes,", lines[7], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unlinked_nutritionist_gets_404_and_a_mother_is_refused_the_downloads()
    {
        var (_, client) = await LinkedClientWithAWeekAsync();
        var stranger = await Given.UserAsync(Services, Roles.Nutritionist);
        var strangerBrowser = await BrowserOfAsync(stranger);
        var motherBrowser = await BrowserOfAsync(client);

        var pdf = await strangerBrowser.GetAsync(PathOf(ReportEndpoints.PdfPath(client.Id, WeekStart)));
        var csv = await strangerBrowser.GetAsync(PathOf(ReportEndpoints.CsvPath(client.Id, WeekStart)));
        var unknown = await strangerBrowser.GetAsync(PathOf(ReportEndpoints.CsvPath("no-such-user", WeekStart)));
        var own = await motherBrowser.GetAsync(PathOf(ReportEndpoints.CsvPath(client.Id, WeekStart)));

        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, own.StatusCode);
        await using var scope = await Given.SignedInScopeAsync(Services, stranger);
        await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<WeeklyReportService>().GetAsync(client.Id, WeekStart));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("1900-01-01")]
    public async Task The_page_shows_a_clear_message_for_a_week_outside_the_range_the_downloads_refuse(string week)
    {
        var (nutritionist, client) = await LinkedClientWithAWeekAsync();
        var browser = await BrowserOfAsync(nutritionist);

        var page = await browser.GetAsync(PathOf($"/clients/{client.Id}/report?week={week}"));
        var csv = await browser.GetAsync(PathOf($"/clients/{client.Id}/report.csv?week={week}"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"report-bad-week\"", html, StringComparison.Ordinal);
        Assert.Contains(ReportWeek.RangeMessage, html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains(ReportWeek.RangeMessage, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("1900-01-01")]
    public async Task The_service_refuses_a_week_outside_the_range_naming_the_week(string week)
    {
        var (nutritionist, client) = await LinkedClientWithAWeekAsync();
        await using var scope = await Given.SignedInScopeAsync(Services, nutritionist);

        var refused = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            scope.ServiceProvider.GetRequiredService<WeeklyReportService>().GetAsync(client.Id, DateOnly.ParseExact(week, "yyyy-MM-dd", CultureInfo.InvariantCulture)));

        Assert.Equal(ReportWeek.Field, Assert.Single(refused.Errors).PropertyName);
    }
}
