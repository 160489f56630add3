using System.Net;
using System.Text.RegularExpressions;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Admin.Users;
using MaternalMicrobiome.Web.Features.Reports;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>
/// A sign-in cookie copied before a session ends (another device, or a thief's copy) stops working at the next request
/// after log out, a password change, a role change or account deletion, not up to 30 minutes later.
/// </summary>
public sealed partial class SessionEndTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string CookieName = ".AspNetCore.Identity.Application";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryToken();

    [Fact]
    public async Task A_copied_cookie_stops_working_right_after_she_logs_out()
    {
        var (_, browser, copy) = await SignedInAsync(Roles.Mother);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(copy, "/today")).StatusCode);

        var token = AntiforgeryToken().Match(await browser.GetStringAsync(new Uri("/today", UriKind.Relative)));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) });
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync(new Uri("/Account/Logout", UriKind.Relative), content)).StatusCode);

        AssertSentToLogIn(await GetAsync(copy, "/today"));
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_right_after_her_password_changes()
    {
        var (mother, _, copy) = await SignedInAsync(Roles.Mother);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(copy, "/today")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var result = await users.ChangePasswordAsync((await users.FindByIdAsync(mother.Id))!, Given.Password, "Other-pass-2026!");
            Assert.True(result.Succeeded);
        }

        AssertSentToLogIn(await GetAsync(copy, "/today"));
    }

    [Fact]
    public async Task A_nutritionist_made_a_mother_can_no_longer_download_her_clients_report_with_an_old_cookie()
    {
        var (nutritionist, _, copy) = await SignedInAsync(Roles.Nutritionist);
        var client = await Given.UserAsync(factory.Services, Roles.Mother);
        await Given.LinkAsync(factory.Services, client, nutritionist);
        var report = ReportEndpoints.CsvPath(client.Id, Given.Today);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(copy, report)).StatusCode);

        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, admin))
        {
            await scope.ServiceProvider.GetRequiredService<UserAdminService>().SetRoleAsync(nutritionist.Id, Roles.Mother);
        }

        AssertSentToLogIn(await GetAsync(copy, report));
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_right_after_she_deletes_her_account()
    {
        var (_, browser, copy) = await SignedInAsync(Roles.Mother);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(copy, "/today")).StatusCode);

        var deleted = await FormPoster.PostAsync(browser, "/Account/DeleteAccount", "delete-account",
            new Dictionary<string, string> { ["Input.Password"] = Given.Password, ["Input.Understood"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        AssertSentToLogIn(await GetAsync(copy, "/today"));
    }

    [Fact]
    public async Task A_copied_cookie_keeps_working_while_nothing_ended_her_session()
    {
        var (_, _, copy) = await SignedInAsync(Roles.Mother);

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(copy, "/today")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(copy, "/week")).StatusCode);
    }

    /// <summary>Signs in through the real form; returns her browser and a second client holding a copy of the cookie.</summary>
    private async Task<(AppUser User, HttpClient Browser, HttpClient Copy)> SignedInAsync(string role)
    {
        _ = factory.Server;
        var user = await Given.UserAsync(factory.Services, role);
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await FormPoster.PostAsync(browser, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = user.Email!, ["Input.Password"] = Given.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieName + "=", StringComparison.Ordinal)).Split(';')[0];

        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        return (user, browser, copy);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string path) => client.GetAsync(new Uri(path, UriKind.Relative));

    private static void AssertSentToLogIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
