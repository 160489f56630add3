using System.Globalization;
using System.Net;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Mail;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// The Development mail box: with <c>Email:Capture:Enabled</c> the app runs its own SMTP capture server, sends there
/// (not to <c>Email:Host</c>) and lists the mail at /dev/mail; outside Development the page does not exist.
/// </summary>
public sealed class DevMailTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [Fact]
    public async Task In_Development_the_apps_own_capture_catches_the_confirmation_and_dev_mail_shows_its_link()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("Email:Capture:Enabled", "true"));
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = $"dev-{Guid.NewGuid():N}@test.local";

        var registered = await FormPoster.PostAsync(browser, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Dev Mother",
            ["Input.Email"] = email,
            ["Input.Password"] = Given.Password,
            ["Input.ConfirmPassword"] = Given.Password,
            ["Input.StageKind"] = nameof(LifeStageKind.Pregnant),
            ["Input.DueDate"] = Given.Today.AddDays(100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);

        var capture = app.Services.GetRequiredService<DevMailCapture>().Server!;
        var mail = await capture.WaitForAsync(email, "Confirm your email", TestMailbox.Patience);
        var page = await browser.GetAsync(new Uri(MailSetup.DevMailPath, UriKind.Relative));
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(email, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{mail.Links[0].AbsoluteUri}\"", html, StringComparison.Ordinal);
        Assert.Empty(TestMailbox.AllTo(email));
    }

    [Fact]
    public async Task Outside_Development_there_is_no_capture_and_dev_mail_is_404_even_when_the_setting_asks_for_it()
    {
        using var app = factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Email:Capture:Enabled", "true");
        });

        var page = await app.CreateClient().GetAsync(new Uri(MailSetup.DevMailPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Null(app.Services.GetService<DevMailCapture>());
    }
}
