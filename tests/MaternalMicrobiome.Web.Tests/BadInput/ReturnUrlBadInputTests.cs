using System.Globalization;
using System.Net;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>
/// A returnUrl that leaves the site (absolute to another host, protocol-relative, backslash tricks, script URLs) is
/// ignored at log in and at register: she lands on her own home page, never on the other site and never on a 500,
/// and register keeps the account it created and signs her in.
/// </summary>
public sealed class ReturnUrlBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static TheoryData<string> ForeignReturnUrls { get; } =
    [
        "https://evil.example/phish",
        "http://localhost.evil.example/today",
        "//evil.example/today",
        "/\\evil.example/today",
        "\\\\evil.example/today",
        "/\t/evil.example/today",
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "https:evil.example",
    ];

    [Theory]
    [MemberData(nameof(ForeignReturnUrls))]
    public async Task Log_in_with_a_foreign_return_url_lands_her_on_today(string returnUrl)
    {
        var mother = await BadInputSession.MotherAsync(factory);

        var response = await FormPoster.PostAsync(BadInputSession.Browser(factory), PathWith("/Account/Login", returnUrl), "login",
            new Dictionary<string, string> { ["Input.Email"] = mother.Email!, ["Input.Password"] = Given.Password });

        AssertLandsOnOwnSite(response, "/today");
    }

    [Theory]
    [MemberData(nameof(ForeignReturnUrls))]
    public async Task Register_with_a_foreign_return_url_creates_the_account_and_lands_her_on_today(string returnUrl)
    {
        _ = factory.Server;
        var email = $"return-{Guid.NewGuid():N}@test.local";

        var response = await FormPoster.PostAsync(BadInputSession.Browser(factory), PathWith("/Account/Register", returnUrl), "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Test Mother",
            ["Input.Email"] = email,
            ["Input.Password"] = Given.Password,
            ["Input.ConfirmPassword"] = Given.Password,
            ["Input.StageKind"] = nameof(LifeStageKind.Pregnant),
            ["Input.DueDate"] = Given.Today.AddDays(100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.FeedingMode"] = nameof(FeedingMode.Exclusive),
        });

        AssertLandsOnOwnSite(response, "/today");
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task Log_in_with_a_return_url_on_this_site_still_goes_there()
    {
        var mother = await BadInputSession.MotherAsync(factory);

        var response = await FormPoster.PostAsync(BadInputSession.Browser(factory), PathWith("/Account/Login", "/week"), "login",
            new Dictionary<string, string> { ["Input.Email"] = mother.Email!, ["Input.Password"] = Given.Password });

        AssertLandsOnOwnSite(response, "/week");
    }

    private static string PathWith(string page, string returnUrl) => $"{page}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static void AssertLandsOnOwnSite(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(new Uri("http://localhost/"), response.Headers.Location!);
        Assert.Equal("localhost", location.Host);
        Assert.Equal(path, location.AbsolutePath);
    }
}
