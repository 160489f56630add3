using System.Net;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Web.Hosting;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>The per-IP limit on the log in, register, forgot-password and resend POSTs (set high for the other tests, low here to reach it).</summary>
public sealed class AccountRateLimitTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const int Limit = 3;

    // The forms that send mail are limited like log in, so one address cannot mail many people quickly.
    private static readonly (string Path, string Form)[] MailingForms =
        [("/Account/ForgotPassword", "forgot-password"), ("/Account/ResendEmailConfirmation", "resend-confirmation")];

    [Fact]
    public async Task After_the_limit_log_in_and_register_posts_get_429_and_nothing_is_created_while_pages_still_load()
    {
        using var limited = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting(AccountRateLimits.PermitLimitKey, Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting(AccountRateLimits.WindowSecondsKey, "3600");
        });
        var browser = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var guess = new Dictionary<string, string> { ["Input.Email"] = "nobody@test.local", ["Input.Password"] = "Guess-pass-1!" };

        for (var attempt = 0; attempt < Limit; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await FormPoster.PostAsync(browser, "/Account/Login", "login", guess)).StatusCode);
        }

        var login = await FormPoster.PostAsync(browser, "/Account/Login", "login", guess);
        var email = $"limited-{Guid.NewGuid():N}@test.local";
        var register = await FormPoster.PostAsync(browser, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Limited", ["Input.Email"] = email, ["Input.Password"] = Given.Password,
            ["Input.ConfirmPassword"] = Given.Password, ["Input.StageKind"] = "PlanningPregnancy",
        });

        Assert.Equal(HttpStatusCode.TooManyRequests, login.StatusCode);
        Assert.Equal(AccountRateLimits.RejectedMessage, await login.Content.ReadAsStringAsync());
        Assert.NotNull(login.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, register.StatusCode);
        foreach (var (path, form) in MailingForms)
        {
            var mailing = await FormPoster.PostAsync(browser, path, form, new Dictionary<string, string> { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.TooManyRequests, mailing.StatusCode);
        }

        Assert.Empty(TestMailbox.AllTo(email));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/Account/Login", UriKind.Relative))).StatusCode);
        await using var scope = limited.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AnyAsync(u => u.Email == email));
    }
}
