using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Hosting;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>
/// Failed log ins never lock her account (a stranger knowing her email could) and never tell a known email from an
/// unknown one; they are throttled per client address instead, so the stranger's network is slowed and hers is not.
/// </summary>
public sealed partial class LogInThrottleTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string Stranger = "203.0.113.7";
    private const string HerNetwork = "198.51.100.2";

    [GeneratedRegex("<p class=\"form-error\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex LoginError();

    [Fact]
    public async Task Many_wrong_passwords_give_a_known_email_exactly_the_answers_of_an_unknown_one_and_never_lock_her_out()
    {
        using var app = WithClientAddresses(permitLimit: 100);
        var mother = await Given.UserAsync(app.Services, Roles.Mother);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.local";
        var stranger = Browser(app, Stranger);

        for (var attempt = 1; attempt <= 8; attempt++)
        {
            var known = await LogInAsync(stranger, mother.Email!, "Wrong-pass-1!");
            var nobody = await LogInAsync(stranger, unknown, "Wrong-pass-1!");

            Assert.Equal(HttpStatusCode.OK, known.StatusCode);
            Assert.Equal(known.StatusCode, nobody.StatusCode);
            Assert.Equal(LoginPage.FailedMessage, await ErrorAsync(known));
            Assert.Equal(await ErrorAsync(known), await ErrorAsync(nobody));
        }

        var her = await LogInAsync(Browser(app, Stranger), mother.Email!, Given.Password);
        Assert.Equal(HttpStatusCode.Redirect, her.StatusCode);
        Assert.EndsWith("today", her.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Six_wrong_passwords_from_one_address_are_throttled_while_the_mother_logs_in_from_hers()
    {
        using var app = WithClientAddresses(permitLimit: FailedLogInThrottle.DefaultPermitLimit);
        var mother = await Given.UserAsync(app.Services, Roles.Mother);
        var stranger = Browser(app, Stranger);

        for (var attempt = 1; attempt <= FailedLogInThrottle.DefaultPermitLimit; attempt++)
        {
            var refused = await LogInAsync(stranger, mother.Email!, "Wrong-pass-1!");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal(LoginPage.FailedMessage, await ErrorAsync(refused));
        }

        var throttled = await LogInAsync(stranger, mother.Email!, "Wrong-pass-1!");
        var throttledUnknown = await LogInAsync(stranger, $"nobody-{Guid.NewGuid():N}@test.local", "Wrong-pass-1!");
        var throttledRight = await LogInAsync(stranger, mother.Email!, Given.Password);
        var her = await LogInAsync(Browser(app, HerNetwork), mother.Email!, Given.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(AccountRateLimits.RejectedMessage, await ErrorAsync(throttled));
        Assert.NotNull(throttled.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttledUnknown.StatusCode);
        Assert.Equal(await ErrorAsync(throttled), await ErrorAsync(throttledUnknown));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttledRight.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, her.StatusCode);
        Assert.EndsWith("today", her.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> WithClientAddresses(int permitLimit)
    {
        var app = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting(FailedLogInThrottle.PermitLimitKey, permitLimit.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting(FailedLogInThrottle.WindowSecondsKey, "3600");
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>());
        });
        _ = app.Server;
        return app;
    }

    private static HttpClient Browser(WebApplicationFactory<Program> app, string address)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        return browser;
    }

    private static Task<HttpResponseMessage> LogInAsync(HttpClient browser, string email, string password) =>
        FormPoster.PostAsync(browser, "/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(LoginError().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value);
}
