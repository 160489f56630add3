using System.Globalization;
using System.Net;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Clients;
using MaternalMicrobiome.Web.Features.PracticeDetails;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Practice;

/// <summary>What the weekly report says, read back from the PDF and CSV a midwife is handed.</summary>
public sealed class WeeklyReportContentTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;
    private static readonly DateOnly WeekStart = Today.AddDays(-6);

    // Day 153 of the pregnancy today (week 21, its last day): tomorrow is week 22, so a report that took the stage at
    // the end of a week still to come would say 22 where the app says 21, the mistake this report once made.
    private static readonly DateOnly DueDate = Today.AddDays(LifeStage.PregnancyDays - 153);

    private IServiceProvider Services => factory.Services;

    private async Task<(AppUser Nutritionist, AppUser Client)> ClientWithThreeLoggedDaysAsync()
    {
        _ = factory.Server;
        var nutritionist = await Given.UserAsync(Services, Roles.Nutritionist);
        var client = await Given.UserAsync(Services, Roles.Mother,
            new MotherProfile { UserId = string.Empty, StageKind = LifeStageKind.Pregnant, DueDate = DueDate });
        await Given.LinkThroughInviteAsync(Services, nutritionist, client);
        await Given.LoggedDaysAsync(Services, client.Id, 3);
        await AsAsync<PracticeDetailsService>(nutritionist, details => details.SaveAsync(
            new PracticeDetailsRequest { DisplayName = "Jane Okafor", Credentials = "RDN, MSc", PracticeName = "Bloom Prenatal Nutrition" }));
        return (nutritionist, client);
    }

    private async Task AsAsync<TService>(AppUser user, Func<TService, Task> action)
        where TService : notnull
    {
        await using var scope = await Given.SignedInScopeAsync(Services, user);
        await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private async Task<T> AsAsync<TService, T>(AppUser user, Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = await Given.SignedInScopeAsync(Services, user);
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private Task<HttpClient> BrowserOfAsync(AppUser user) => Given.BrowserOfAsync(factory, user);

    private static string Day(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_pdf_names_the_practitioner_the_apps_week_the_date_produced_her_recommendations_and_references_in_full()
    {
        var (nutritionist, client) = await ClientWithThreeLoggedDaysAsync();
        await AsAsync<WeeklyRecommendationService>(nutritionist, r => r.SaveAsync(client.Id, WeekStart,
            new RecommendationRequest { Text = "Add a second fermented food at breakfast.\nKeep the lentils." }));
        var appWeek = LifeStage.Pregnant(DueDate, Today).GestationalWeek;
        var header = await AsAsync<ClientReviewService, ClientSummary>(nutritionist, r => r.GetClientAsync(client.Id));
        var references = await ReferencesAsync();
        var browser = await BrowserOfAsync(nutritionist);

        var response = await browser.GetAsync(new Uri(ReportEndpoints.PdfPath(client.Id, WeekStart), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var lines = ReportPdfText.Lines(pdf);
        var text = ReportPdfText.Joined(pdf);
        Assert.Equal(21, appWeek);
        Assert.Contains($"Pregnant, week {appWeek} (trimester 2)", header.Stage, StringComparison.Ordinal);
        Assert.Contains($"{header.Stage} on {WeeklyReportText.LongDate(Today)} · due {WeeklyReportText.LongDate(DueDate)}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"week {appWeek + 1}", text, StringComparison.Ordinal);
        Assert.Contains("Prepared by Jane Okafor, RDN, MSc · Bloom Prenatal Nutrition", text, StringComparison.Ordinal);
        Assert.Contains($"Produced {WeeklyReportText.LongDate(Given.Today)}", text, StringComparison.Ordinal);
        Assert.Contains("Add a second fermented food at breakfast.", lines);
        Assert.Contains("Keep the lentils.", lines);

        // A warning keeps its date; the footer no longer points at a file in the repository, the sources are printed.
        Assert.Contains(lines, l => l.StartsWith(WeeklyReportText.LongDate(Today) + ":", StringComparison.Ordinal));
        Assert.DoesNotContain("docs/scoring.md", text, StringComparison.Ordinal);
        var wastyk = references[ReferenceKeys.Wastyk2021];
        Assert.Contains(wastyk.Title.TrimEnd('.'), text, StringComparison.Ordinal);
        Assert.Contains($"doi:{wastyk.Doi}", text, StringComparison.Ordinal);
        Assert.Contains($"Evidence: {EvidenceStatusCodes.Describe(wastyk.Status)}.", text, StringComparison.Ordinal);

        // She logged the last three days only: the four before are blank rows, never a 0.
        Assert.Contains($"{Day(WeekStart)} not logged", lines);
        Assert.Contains($"{Day(Today.AddDays(-3))} not logged", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith(Day(Today) + " not logged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_report_gives_the_same_week_of_pregnancy_as_the_client_header_even_for_a_week_that_ends_ahead()
    {
        var (nutritionist, client) = await ClientWithThreeLoggedDaysAsync();

        var header = await AsAsync<ClientReviewService, ClientSummary>(nutritionist, r => r.GetClientAsync(client.Id));
        var thisWeek = await AsAsync<WeeklyReportService, WeeklyReport>(nutritionist, r => r.GetAsync(client.Id, Today));
        var lastWeek = await AsAsync<WeeklyReportService, WeeklyReport>(nutritionist, r => r.GetAsync(client.Id, WeekStart));
        var earlier = await AsAsync<WeeklyReportService, WeeklyReport>(nutritionist, r => r.GetAsync(client.Id, Today.AddDays(-70)));

        Assert.Equal(header.Stage, thisWeek.Stage.Stage.Describe());
        Assert.Equal(Today, thisWeek.Stage.On);
        Assert.Equal(header.Stage, lastWeek.Stage.Stage.Describe());
        Assert.Equal(DueDate, lastWeek.Stage.DueDate);

        // A past week gives the stage on its last day, and says which day that is.
        Assert.Equal(earlier.WeekEnd, earlier.Stage.On);
        Assert.Equal(LifeStage.Pregnant(DueDate, earlier.WeekEnd), earlier.Stage.Stage);
    }

    [Fact]
    public async Task The_csv_leaves_every_food_column_of_an_unlogged_day_blank()
    {
        var (nutritionist, client) = await ClientWithThreeLoggedDaysAsync();
        var browser = await BrowserOfAsync(nutritionist);

        var csv = await browser.GetStringAsync(new Uri(ReportEndpoints.CsvPath(client.Id, WeekStart), UriKind.Relative));

        // The day rows, up to the empty row before the prenatal nutrient block.
        var rows = csv.Split('\n').Select(r => r.TrimEnd('\r')).TakeWhile(r => r.Length > 0).Select(r => r.Split(',')).ToList();
        var unlogged = rows.Single(r => r[0] == WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var logged = rows.Single(r => r[0] == Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal("no", unlogged[1]);

        // Score, the ten metrics, targets met and targets: blank (no check-in either, so the rest is blank too).
        Assert.All(unlogged.Skip(2), cell => Assert.Equal(string.Empty, cell));
        Assert.Equal("yes", logged[1]);
        Assert.All(logged.Skip(2).Take(13), cell => Assert.NotEqual(string.Empty, cell));
    }

    [Fact]
    public async Task Only_the_writer_and_the_client_read_recommendations_and_a_stranger_can_neither_read_nor_write_them()
    {
        var (nutritionist, client) = await ClientWithThreeLoggedDaysAsync();
        var stranger = await Given.UserAsync(Services, Roles.Nutritionist);
        var otherMother = await Given.UserAsync(Services, Roles.Mother);
        await AsAsync<WeeklyRecommendationService>(nutritionist, r => r.SaveAsync(client.Id, WeekStart, new RecommendationRequest { Text = "  More kefir.  " }));

        await Assert.ThrowsAsync<NotFoundException>(() =>
            AsAsync<WeeklyRecommendationService>(stranger, r => r.SaveAsync(client.Id, WeekStart, new RecommendationRequest { Text = "Overwritten" })));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAsync<WeeklyReportService, WeeklyReport>(stranger, r => r.GetAsync(client.Id, WeekStart)));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            AsAsync<WeeklyRecommendationService>(client, r => r.SaveAsync(client.Id, WeekStart, new RecommendationRequest { Text = "Mine now" })));
        var strangerPdf = await (await BrowserOfAsync(stranger)).GetAsync(new Uri(ReportEndpoints.PdfPath(client.Id, WeekStart), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, strangerPdf.StatusCode);

        var report = await AsAsync<WeeklyReportService, WeeklyReport>(nutritionist, r => r.GetAsync(client.Id, WeekStart));
        Assert.Equal("More kefir.", report.Recommendations);
        var mine = Assert.Single(await AsAsync<WeeklyRecommendationService, IReadOnlyList<MyRecommendation>>(client, r => r.ListMineAsync()));
        Assert.Equal(new MyRecommendation(WeekStart, "Jane Okafor", "More kefir."), mine);
        Assert.Empty(await AsAsync<WeeklyRecommendationService, IReadOnlyList<MyRecommendation>>(otherMother, r => r.ListMineAsync()));

        // Another week has its own; empty text removes them.
        var nextWeek = await AsAsync<WeeklyReportService, WeeklyReport>(nutritionist, r => r.GetAsync(client.Id, WeekStart.AddDays(7)));
        Assert.Null(nextWeek.Recommendations);
        await AsAsync<WeeklyRecommendationService>(nutritionist, r => r.SaveAsync(client.Id, WeekStart, new RecommendationRequest { Text = " \n " }));
        Assert.Empty(await AsAsync<WeeklyRecommendationService, IReadOnlyList<MyRecommendation>>(client, r => r.ListMineAsync()));
    }

    [Fact]
    public async Task A_nutritionist_linked_later_does_not_see_the_earlier_ones_recommendations()
    {
        var (nutritionist, client) = await ClientWithThreeLoggedDaysAsync();
        await AsAsync<WeeklyRecommendationService>(nutritionist, r => r.SaveAsync(client.Id, WeekStart, new RecommendationRequest { Text = "First advice." }));
        await using (var scope = Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.ClientLinks.Where(l => l.MotherId == client.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.EndedAt, Given.Now));
        }

        var next = await Given.UserAsync(Services, Roles.Nutritionist);
        await Given.LinkThroughInviteAsync(Services, next, client);

        var report = await AsAsync<WeeklyReportService, WeeklyReport>(next, r => r.GetAsync(client.Id, WeekStart));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            AsAsync<WeeklyRecommendationService>(nutritionist, r => r.SaveAsync(client.Id, WeekStart, new RecommendationRequest { Text = "After the end" })));

        Assert.Null(report.Recommendations);
        Assert.Equal(next.DisplayName, report.Practitioner.Name);
        Assert.Equal(string.Empty, report.Practitioner.Credentials);
    }

    [Fact]
    public async Task Practice_details_are_the_nutritionists_own_and_a_mother_is_refused()
    {
        var nutritionist = await Given.UserAsync(Services, Roles.Nutritionist);
        var mother = await Given.UserAsync(Services, Roles.Mother);
        await AsAsync<PracticeDetailsService>(nutritionist, d => d.SaveAsync(
            new PracticeDetailsRequest { DisplayName = "  Ama Mensah ", Credentials = " RD ", PracticeName = "   " }));

        var saved = await AsAsync<PracticeDetailsService, PracticeDetailsRequest>(nutritionist, d => d.GetAsync());

        Assert.Equal(("Ama Mensah", "RD", (string?)null), (saved.DisplayName, saved.Credentials, saved.PracticeName));
        await Assert.ThrowsAsync<AccessDeniedException>(() => AsAsync<PracticeDetailsService, PracticeDetailsRequest>(mother, d => d.GetAsync()));
    }

    private async Task<IReadOnlyDictionary<string, Reference>> ReferencesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.References.AsNoTracking().ToDictionaryAsync(r => r.Key, StringComparer.Ordinal);
    }
}
