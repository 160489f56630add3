using System.Net;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Plans;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Tests.Integration;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>The JSON API and the download endpoints with bad query strings and route values: a 400 naming the parameter, or a 404, never a 500.</summary>
public sealed class ApiBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static BadInputTable<string> Searches { get; } = new()
    {
        { "take negative", "/api/foods?search=lentils&take=-1", "take" },
        { "take zero", "/api/foods?search=lentils&take=0", "take" },
        { "take 51", "/api/foods?search=lentils&take=51", "take" },
        { "take int.MaxValue", "/api/foods?search=lentils&take=2147483647", "take" },
        { "take beyond a long", "/api/foods?search=lentils&take=99999999999999999999999", "take" },
        { "take not a number", "/api/foods?search=lentils&take=lots", "take" },
        { "take a fraction", "/api/foods?search=lentils&take=1.5", "take" },
        { "take NaN", "/api/foods?search=lentils&take=NaN", "take" },
        { "take in exponent notation", "/api/foods?search=lentils&take=1e1", "take" },
        { "take empty", "/api/foods?search=lentils&take=", "take" },
        { "take is script", "/api/foods?search=lentils&take=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "take" },
        { "search missing", "/api/foods", "search" },
        { "search empty", "/api/foods?search=", "search" },
        { "search only spaces", "/api/foods?search=%20%20%20", "search" },
        { "search 101 characters", "/api/foods?search=" + BadText.Repeated(101), "search" },
        { "search 5,000 characters", "/api/foods?search=" + BadText.Repeated(5000), "search" },
        { "search 51 emoji (102 UTF-16 units)", "/api/foods?search=" + Uri.EscapeDataString(BadText.EmojiRun(51)), "search" },
    };

    public static TheoryData<string> SearchCases => Searches.Names;

    public static BadInputTable<string> ReportWeeks { get; } = new()
    {
        { "report week garbage", "report.csv?week=garbage", "week" },
        { "report week month 13", "report.csv?week=2026-13-45", "week" },
        { "report week in another format", "report.csv?week=03%2F02%2F2026", "week" },
        { "report week empty", "report.csv?week=", "week" },
        { "report week 0001-01-01", "report.csv?week=0001-01-01", "week" },
        { "report week 9999-12-31", "report.csv?week=9999-12-31", "week" },
        { "report week is script", "report.csv?week=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "week" },
        { "report week is SQL", "report.csv?week=%27%3B%20DROP%20TABLE%20Foods%3B--", "week" },
        { "PDF report week garbage", "report.pdf?week=garbage", "week" },
        { "PDF report week 9999-12-31", "report.pdf?week=9999-12-31", "week" },
        { "report week 1900-01-01", "report.csv?week=1900-01-01", "week" },
        { "PDF report week 1900-01-01", "report.pdf?week=1900-01-01", "week" },
        { "report week six years ago", "report.csv?week=" + Given.Today.AddYears(-6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "week" },
        { "report week two years ahead", "report.csv?week=" + Given.Today.AddYears(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "week" },
    };

    public static TheoryData<string> ReportWeekCases => ReportWeeks.Names;

    public static TheoryData<string> ShoppingIds { get; } = new()
    {
        "abc", "1.5", "99999999999999999999", "-1", "0", "%3Cscript%3E",
    };

    [Theory]
    [MemberData(nameof(SearchCases))]
    public async Task A_bad_search_gets_a_400_naming_the_parameter(string name)
    {
        var bad = Searches[name];

        var response = await BadInputSession.Browser(factory).GetAsync(new Uri(bad.Input, UriKind.Relative));

        await BadInputAssert.BadRequestNamingAsync(response, bad.Field);
    }

    /// <summary>The session's mother, linked with the session's nutritionist, and the nutritionist's browser.</summary>
    private async Task<(AppUser Mother, HttpClient Browser)> LinkedNutritionistBrowserAsync()
    {
        var mother = await BadInputSession.MotherAsync(factory);
        var nutritionist = await BadInputSession.UserAsync(factory, Roles.Nutritionist);
        if (!await Given.ReadAsync(factory.Services, db => Task.FromResult(db.ClientLinks.Any(l => l.MotherId == mother.Id))))
        {
            await Given.LinkAsync(factory.Services, mother, nutritionist);
        }

        return (mother, await BadInputSession.SignedInBrowserAsync(factory, nutritionist));
    }

    [Theory]
    [MemberData(nameof(ReportWeekCases))]
    public async Task A_bad_report_week_gets_a_400_naming_it(string name)
    {
        var bad = ReportWeeks[name];
        var (mother, browser) = await LinkedNutritionistBrowserAsync();
        var path = ReportEndpoints.CsvPath(mother.Id, Given.Today).Split('?')[0].Replace("report.csv", bad.Input, StringComparison.Ordinal);

        var response = await browser.GetAsync(new Uri(path, UriKind.Relative));

        await BadInputAssert.BadRequestNamingAsync(response, bad.Field);
    }

    [Theory]
    [MemberData(nameof(ReportWeekCases))]
    public async Task A_bad_report_week_on_the_page_shows_a_message_naming_it(string name)
    {
        var bad = ReportWeeks[name];
        var (mother, browser) = await LinkedNutritionistBrowserAsync();
        var query = bad.Input[bad.Input.IndexOf('?', StringComparison.Ordinal)..];

        var response = await browser.GetAsync(new Uri($"/clients/{mother.Id}/report{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"report-bad-week\"", html, StringComparison.Ordinal);
        Assert.Contains($"{bad.Field} must", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShoppingIds))]
    public async Task A_shopping_list_of_a_bad_plan_id_is_not_found(string id)
    {
        var mother = await BadInputSession.MotherAsync(factory);
        var browser = await BadInputSession.SignedInBrowserAsync(factory, mother);

        var response = await browser.GetAsync(new Uri(PlanEndpoints.ShoppingCsvPath(1).Replace("/1/", $"/{id}/", StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
