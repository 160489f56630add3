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
/// ignored at log in and at register: she lands on her own home page, never on the other site and never on a 500;
/// register keeps the account it created, and the log-in link after confirming her email stays on this site.
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
    public async Task Register_with_a_foreign_return_url_creates_the_account_and_its_confirmation_leads_only_to_this_site(string returnUrl)
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

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email == email));
        }

        // The mailed link carries the returnUrl; the confirmation page's log-in link drops one that leaves the site.
        var mail = await TestMailbox.MailToAsync(email, "Confirm your email");
        var link = TestMailbox.LinkTo(mail, "/Account/ConfirmEmail");
        Assert.Equal("localhost", mail.Links[0].Host);
        var card = PageText.AccountCard(await BadInputSession.Browser(factory).GetStringAsync(link));
        Assert.Contains("href=\"Account/Login\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain("returnUrl", card, StringComparison.OrdinalIgnoreCase);
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
