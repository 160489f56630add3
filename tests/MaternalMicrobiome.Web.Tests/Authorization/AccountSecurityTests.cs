using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Authorization;

/// <summary>
/// Antiforgery on every POST, the password policy, and what log in and register reveal about who has an account.
/// The per-address throttle on failed log ins (no account lockout) is proven in LogInThrottleTests, the end of
/// sessions in SessionEndTests and CircuitRevalidationTests, and the security headers in Integration/SecurityHeaderTests.
/// </summary>
public sealed partial class AccountSecurityTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("<p class=\"form-error\" role=\"alert\">([^<]*)</p>")]
    private static partial Regex LoginError();

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static Dictionary<string, string> Registration(string email, string password = Given.Password) => new()
    {
        ["Input.DisplayName"] = "Test Mother",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
        ["Input.StageKind"] = nameof(LifeStageKind.Pregnant),
        ["Input.DueDate"] = Given.Today.AddDays(100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.FeedingMode"] = nameof(FeedingMode.Exclusive),
    };

    /// <summary>A cross-site POST: the form fields, but no antiforgery token (the browser would send the cookies).</summary>
    private static async Task<HttpResponseMessage> PostWithoutTokenAsync(HttpClient client, string path, string formName, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["_handler"] = formName });
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private Task<bool> AccountExistsAsync(string email) => ReadAsync(db => db.Users.AnyAsync(u => u.Email == email));

    private async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task<(AppUser Mother, HttpClient Browser)> SignedInMotherAsync()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var browser = Browser();
        var login = await FormPoster.PostAsync(browser, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = mother.Email!, ["Input.Password"] = Given.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return (mother, browser);
    }

    [Fact]
    public async Task Register_without_the_antiforgery_token_is_a_400_and_creates_no_account()
    {
        var email = $"csrf-{Guid.NewGuid():N}@test.local";

        var response = await PostWithoutTokenAsync(Browser(), "/Account/Register", "register", Registration(email));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await AccountExistsAsync(email));
    }

    [Fact]
    public async Task Login_without_the_antiforgery_token_is_a_400_and_sets_no_sign_in_cookie()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);

        var response = await PostWithoutTokenAsync(Browser(), "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = mother.Email!, ["Input.Password"] = Given.Password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Delete_account_without_the_antiforgery_token_is_a_400_and_deletes_nothing()
    {
        var (mother, browser) = await SignedInMotherAsync();

        var response = await PostWithoutTokenAsync(browser, "/Account/DeleteAccount", "delete-account",
            new Dictionary<string, string> { ["Input.Password"] = Given.Password, ["Input.Understood"] = "true" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await AccountExistsAsync(mother.Email!));
    }

    [Fact]
    public async Task Log_out_without_the_antiforgery_token_is_a_400_and_she_stays_signed_in()
    {
        var (_, browser) = await SignedInMotherAsync();

        var forged = await PostWithoutTokenAsync(browser, "/Account/Logout", "logout", []);
        var today = await browser.GetAsync(new Uri("/today", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, today.StatusCode);
    }

    [Fact]
    public async Task Log_out_with_the_token_from_her_page_signs_her_out()
    {
        var (_, browser) = await SignedInMotherAsync();

        // The log out form in the layout carries the token, as the browser would post it.
        var token = AntiforgeryToken().Match(await browser.GetStringAsync(new Uri("/today", UriKind.Relative)));
        Assert.True(token.Success);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) });
        var logout = await browser.PostAsync(new Uri("/Account/Logout", UriKind.Relative), content);
        var today = await browser.GetAsync(new Uri("/today", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Contains("/Account/Login", today.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sh0rt!", "Password must be at least 8 characters.")]
    [InlineData("No-digits-here!", "Passwords must have at least one digit ('0'-'9').")]
    [InlineData("no-upper-case-1", "Passwords must have at least one uppercase ('A'-'Z').")]
    [InlineData("NoSymbolHere12", "Passwords must have at least one non alphanumeric character.")]
    public async Task A_weak_password_is_refused_with_a_clear_message_and_no_account(string password, string message)
    {
        var email = $"weak-{Guid.NewGuid():N}@test.local";

        var response = await FormPoster.PostAsync(Browser(), "/Account/Register", "register", Registration(email, password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await AccountExistsAsync(email));
    }

    [Fact]
    public async Task Log_in_answers_an_unknown_email_exactly_as_a_wrong_password()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.local";

        var wrongPassword = await FormPoster.PostAsync(Browser(), "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = mother.Email!, ["Input.Password"] = "Wrong-pass-1!" });
        var unknownEmail = await FormPoster.PostAsync(Browser(), "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = unknown, ["Input.Password"] = "Wrong-pass-1!" });

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(wrongPassword.StatusCode, unknownEmail.StatusCode);
        var known = await wrongPassword.Content.ReadAsStringAsync();
        var stranger = await unknownEmail.Content.ReadAsStringAsync();
        Assert.Equal("That email and password do not match an account.", LoginError().Match(known).Groups[1].Value);
        Assert.Equal(LoginError().Match(known).Groups[1].Value, LoginError().Match(stranger).Groups[1].Value);

        // The whole form is the same once the echoed email and the per-response token are set aside (the rest of the
        // page carries per-response nonces and component state).
        Assert.Contains("form-error", Normalized(known, mother.Email!), StringComparison.Ordinal);
        Assert.Equal(Normalized(known, mother.Email!), Normalized(stranger, unknown));
    }

    [Fact]
    public async Task Registering_a_used_email_shows_the_page_a_free_one_gets_and_mails_its_owner_instead()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var free = $"free-{Guid.NewGuid():N}@test.local";

        var used = await FormPoster.PostAsync(Browser(), "/Account/Register", "register", Registration(mother.Email!));
        var fresh = await FormPoster.PostAsync(Browser(), "/Account/Register", "register", Registration(free));

        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        Assert.Equal(fresh.StatusCode, used.StatusCode);
        var usedHtml = await used.Content.ReadAsStringAsync();
        Assert.Contains("Check your email", usedHtml, StringComparison.Ordinal);
        Assert.Equal(Normalized(await fresh.Content.ReadAsStringAsync(), free), Normalized(usedHtml, mother.Email!));
        Assert.Equal(1, await ReadAsync(db => db.Users.CountAsync(u => u.Email == mother.Email)));

        var warning = await TestMailbox.MailToAsync(mother.Email!, AccountEmailSender.AlreadyRegisteredSubject);
        Assert.Contains("No new account was made", warning.Text, StringComparison.Ordinal);
        Assert.Contains(warning.Links, l => l.AbsolutePath == "/Account/ForgotPassword");
        Assert.DoesNotContain(TestMailbox.AllTo(mother.Email!), m => m.Subject == AccountEmailSender.ConfirmSubject);
        await TestMailbox.MailToAsync(free, AccountEmailSender.ConfirmSubject);
    }

    private static string Normalized(string html, string email) =>
        PageText.AccountCard(html).Replace(email, "EMAIL", StringComparison.Ordinal);
}
