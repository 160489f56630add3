using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Nutrients;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Components.Common;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Tests.Components;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MaternalMicrobiome.Web.Tests.Practice;

/// <summary>
/// The prenatal nutrients of the weekly report, read back from the PDF, the CSV and the page: the sample day logged on
/// the last three days of the week on the real seeded catalog, so four days are unlogged and iodine is unknown.
/// </summary>
public sealed partial class WeeklyReportPrenatalTests(SqliteWebAppFactory factory) : MudTestContext, IClassFixture<SqliteWebAppFactory>
{
    private const int LoggedDays = 3;
    private static readonly DateOnly Today = Given.Today;
    private static readonly DateOnly WeekStart = Today.AddDays(-6);

    private static readonly string[] PrenatalKeys =
    [
        ReferenceKeys.IomBVitaminsCholine, ReferenceKeys.IomMicronutrients, ReferenceKeys.EfsaFats, ReferenceKeys.IomCalciumVitaminD,
        ReferenceKeys.IomMacronutrients,
    ];

    private async Task<(AppUser Nutritionist, AppUser Client)> PregnantClientWithThreeLoggedDaysAsync()
    {
        _ = factory.Server;
        var nutritionist = await Given.UserAsync(factory.Services, Roles.Nutritionist);
        var client = await Given.UserAsync(factory.Services, Roles.Mother,
            new MotherProfile { UserId = string.Empty, StageKind = LifeStageKind.Pregnant, DueDate = Today.AddDays(120) });
        await Given.LinkThroughInviteAsync(factory.Services, nutritionist, client);
        await Given.LoggedDaysAsync(factory.Services, client.Id, LoggedDays);
        return (nutritionist, client);
    }

    /// <summary>The sample day's folate from the seeded foods' own values: the known total, and whether a food has none.</summary>
    private async Task<(double KnownTotal, bool IsAtLeast)> SampleDayFolateAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var keys = TestFoods.SampleDay.Select(d => d.Key).ToList();
        var foods = await db.Foods.AsNoTracking().Where(f => keys.Contains(f.Key)).ToDictionaryAsync(f => f.Key, StringComparer.Ordinal);
        var eaten = TestFoods.SampleDay.Where(d => foods.ContainsKey(d.Key)).Select(d => (Food: foods[d.Key], d.Grams)).ToList();
        return (eaten.Sum(e => (e.Food.FolateDfeUg ?? 0) * e.Grams / 100), eaten.Any(e => e.Food.FolateDfeUg is null));
    }

    private async Task<IReadOnlyDictionary<string, Reference>> ReferencesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.References.AsNoTracking().ToDictionaryAsync(r => r.Key, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\[(\d+)\]$")]
    private static partial Regex TrailingCitation();

    [Fact]
    public async Task The_pdf_has_the_prenatal_table_with_a_known_average_iodine_unknown_and_each_source_numbered_and_in_full()
    {
        var (nutritionist, client) = await PregnantClientWithThreeLoggedDaysAsync();
        var (folate, atLeast) = await SampleDayFolateAsync();
        var references = await ReferencesAsync();
        var readsBefore = (await Given.ClientReadsAsync(factory.Services, client.Id)).Count;
        var browser = await Given.BrowserOfAsync(factory, nutritionist);

        var pdf = await browser.GetByteArrayAsync(new Uri(ReportEndpoints.PdfPath(client.Id, WeekStart), UriKind.Relative));

        var lines = ReportPdfText.Lines(pdf);
        var text = ReportPdfText.Joined(pdf);
        Assert.Contains("Prenatal nutrients", lines);
        Assert.Contains("Nutrient Daily average RDA/AI Status Source", lines);
        Assert.Contains($"Averaged over the {LoggedDays} days with food logged, of 7; days with nothing logged are left out, not counted as 0.", text, StringComparison.Ordinal);
        Assert.Contains("Compared with the RDA/AI for Pregnancy, 19–50 y.", text, StringComparison.Ordinal);
        Assert.Contains("a nutrient no logged food has a value for is unknown, not 0", text, StringComparison.Ordinal);

        // The same sample day on each logged day, so the average over the logged days is one day's total (not 3/7 of it).
        Assert.True(folate > 0);
        var folateLine = Assert.Single(lines, l => l.StartsWith("Folate (DFE) ", StringComparison.Ordinal));
        Assert.StartsWith($"Folate (DFE) {(atLeast ? "at least " : string.Empty)}{NutrientFormat.Amount(folate, "µg")} 600 µg RDA {(folate >= 600 ? "met" : "missed")} IOM 1998 [", folateLine);
        var iodineLine = Assert.Single(lines, l => l.StartsWith("Iodine ", StringComparison.Ordinal));
        Assert.StartsWith("Iodine unknown 220 µg RDA unknown IOM 2001 [", iodineLine);
        Assert.Equal(PrenatalNutrients.All.Count, lines.Count(l => TrailingCitation().IsMatch(l) && PrenatalNutrients.All.Any(n => l.StartsWith(PrenatalNutrients.Name(n) + " ", StringComparison.Ordinal))));

        // Each source the table cites is printed in full under the number the table gives it.
        var cited = lines.Where(l => PrenatalNutrients.All.Any(n => l.StartsWith(PrenatalNutrients.Name(n) + " ", StringComparison.Ordinal)))
            .Select(l => TrailingCitation().Match(l))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        Assert.Equal(PrenatalKeys.Length, cited.Count);
        foreach (var key in PrenatalKeys)
        {
            var reference = references[key];
            Assert.Contains(cited, n => text.Contains($"[{n}] {ReferenceCitation.Lead(reference)}. {reference.Title.TrimEnd('.')}.", StringComparison.Ordinal));
            Assert.Contains($"doi:{reference.Doi}", text, StringComparison.Ordinal);
        }

        // The report reads her data once: one audit entry, none from the week's prenatal service.
        var reads = (await Given.ClientReadsAsync(factory.Services, client.Id)).Skip(readsBefore).ToList();
        Assert.Equal([$"report {Format.IsoDate(WeekStart)}"], reads);
    }

    [Fact]
    public async Task The_csv_has_a_prenatal_row_per_day_and_nutrient_blank_when_unlogged_unknown_when_no_food_has_a_value_never_0()
    {
        var (nutritionist, client) = await PregnantClientWithThreeLoggedDaysAsync();
        var (folate, atLeast) = await SampleDayFolateAsync();
        var browser = await Given.BrowserOfAsync(factory, nutritionist);

        var csv = await browser.GetStringAsync(new Uri(ReportEndpoints.CsvPath(client.Id, WeekStart), UriKind.Relative));

        var lines = csv.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var blank = lines.IndexOf(string.Empty);
        Assert.Equal(1 + 7, blank);
        Assert.Equal("Date,Logged,Nutrient,Unit,Amount,Amount is at least,RDA/AI,RDA/AI kind,Status,Source", lines[blank + 1]);
        var rows = lines.Skip(blank + 2).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        Assert.Equal(7 * PrenatalNutrients.All.Count, rows.Count);

        string[] Row(DateOnly date, PrenatalNutrient nutrient) =>
            rows.Single(r => r[0] == Format.IsoDate(date) && r[2] == PrenatalNutrients.Name(nutrient));

        // Unlogged: nothing measured, so amount, "at least" and status are blank; the RDA/AI still shows.
        foreach (var nutrient in PrenatalNutrients.All)
        {
            var unlogged = Row(WeekStart, nutrient);
            Assert.Equal(["no", string.Empty, string.Empty], [unlogged[1], unlogged[4], unlogged[5]]);
            Assert.Equal(string.Empty, unlogged[8]);
        }

        var folateToday = Row(Today, PrenatalNutrient.FolateDfe);
        Assert.Equal(
            ["yes", "Folate (DFE)", "µg", NutrientFormat.Number(folate), atLeast ? "yes" : "no", "600", "RDA", folate >= 600 ? "met" : "missed"],
            folateToday[1..9]);
        Assert.StartsWith("IOM 1998 [", folateToday[9], StringComparison.Ordinal);
        var iodineToday = Row(Today, PrenatalNutrient.Iodine);
        Assert.Equal(["yes", "unknown", string.Empty, "220"], [iodineToday[1], iodineToday[4], iodineToday[5], iodineToday[6]]);
        Assert.Equal("unknown", iodineToday[8]);

        // A 0 is only ever a sum of published values (USDA's DHA + EPA of 0 in kefir and apple): whatever is unknown says so.
        Assert.All(rows.Where(r => r[8] == "unknown"), r => Assert.Equal("unknown", r[4]));
        Assert.All(rows.Where(r => r[4] == "0"), r => Assert.Equal(["yes", "missed"], [r[1], r[8]]));
    }

    [Fact]
    public async Task The_page_shows_the_prenatal_section_as_a_table_citing_the_numbered_references()
    {
        var (nutritionist, client) = await PregnantClientWithThreeLoggedDaysAsync();
        await using var scope = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        Services.AddFallbackServiceProvider(scope.ServiceProvider);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo($"clients/{client.Id}/report?week={Format.IsoDate(WeekStart)}");

        var cut = Render<WeeklyReportPage>(p => p.Add(x => x.ClientId, client.Id));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=report-prenatal] table")), TimeSpan.FromSeconds(10));
        var section = cut.Find("[data-testid=report-prenatal]");
        Assert.Contains("Prenatal nutrients", section.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Nutrient", "Daily average, of her RDA/AI", "Status"], section.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent.Trim()));
        Assert.Equal(PrenatalNutrients.All.Count, section.QuerySelectorAll("tbody th[scope=row]").Length);
        var iodine = section.QuerySelector($"[data-nutrient={PrenatalNutrient.Iodine}]")!;
        Assert.Equal("unknown", iodine.QuerySelector(".prenatal-status")!.TextContent.Trim());
        Assert.Contains($"Averaged over the {LoggedDays} days with food logged", section.TextContent, StringComparison.Ordinal);

        // The iodine row's [n] is the number the reference list gives the IOM 2001 report.
        var citation = iodine.QuerySelector("[data-testid=prenatal-citation]")!.TextContent.Trim();
        var listed = cut.Find($"[data-testid=report-references] [data-key={ReferenceKeys.IomMicronutrients}] [data-testid=reference-number]");
        Assert.Matches(@"^\[\d+\]$", citation);
        Assert.Equal(citation, listed.TextContent.Trim());
    }
}
