using System.Globalization;
using System.Net;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Profiles;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// The account mails end to end over HTTP and real SMTP (to the test process's capture server): password reset,
/// confirmation and its resend, and what each form says for addresses with and without an account.
/// </summary>
public sealed class AccountEmailTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string NewPassword = "Brand-new-pass-2027!";

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_mailed_reset_link_changes_her_password_once_and_ends_her_old_sessions()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var oldSession = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(oldSession, mother.Email!, Given.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await oldSession.GetAsync(new Uri("/today", UriKind.Relative))).StatusCode);

        var asked = await FormPoster.PostAsync(Browser(), "/Account/ForgotPassword", "forgot-password", EmailForm(mother.Email!));
        Assert.Contains(ForgotPasswordPage.SentMessage, WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var mail = await TestMailbox.MailToAsync(mother.Email!, "Reset your");
        Assert.NotNull(mail.Html);
        var link = TestMailbox.LinkTo(mail, "/Account/ResetPassword").ToString();

        var reset = await FormPoster.PostAsync(Browser(), link, "reset-password", PasswordForm(NewPassword));
        Assert.Contains(ResetPasswordPage.DoneMessage, WebUtility.HtmlDecode(await reset.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var oldSessionAfter = await oldSession.GetAsync(new Uri("/today", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, oldSessionAfter.StatusCode);
        Assert.Contains("/Account/Login", oldSessionAfter.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var again = await FormPoster.PostAsync(Browser(), link, "reset-password", PasswordForm("Third-pass-2028!"));
        Assert.Contains(ResetPasswordPage.LinkFailedMessage, WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await LogInAsync(Browser(), mother.Email!, Given.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LogInAsync(Browser(), mother.Email!, "Third-pass-2028!")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(Browser(), mother.Email!, NewPassword)).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-base64url-$$$")]
    [InlineData("QUJD")]
    public async Task A_reset_link_with_a_missing_mangled_or_made_up_code_changes_nothing(string code)
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var link = $"/Account/ResetPassword?userId={mother.Id}&code={Uri.EscapeDataString(code)}";

        var response = await FormPoster.PostAsync(Browser(), link, "reset-password", PasswordForm(NewPassword));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ResetPasswordPage.LinkFailedMessage, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(Browser(), mother.Email!, Given.Password)).StatusCode);
    }

    [Fact]
    public async Task Forgot_password_answers_an_unknown_or_unconfirmed_address_as_a_known_one_and_mails_only_the_account()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.local";
        var unconfirmed = await RegisterAsync();

        var known = await FormPoster.PostAsync(Browser(), "/Account/ForgotPassword", "forgot-password", EmailForm(mother.Email!));
        var stranger = await FormPoster.PostAsync(Browser(), "/Account/ForgotPassword", "forgot-password", EmailForm(unknown));
        var waiting = await FormPoster.PostAsync(Browser(), "/Account/ForgotPassword", "forgot-password", EmailForm(unconfirmed));

        var page = PageText.AccountCard(await known.Content.ReadAsStringAsync());
        Assert.Contains(ForgotPasswordPage.SentMessage, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(page, PageText.AccountCard(await stranger.Content.ReadAsStringAsync()));
        Assert.Equal(page, PageText.AccountCard(await waiting.Content.ReadAsStringAsync()));
        await TestMailbox.MailToAsync(mother.Email!, "Reset your");
        Assert.Empty(TestMailbox.AllTo(unknown));
        Assert.DoesNotContain(TestMailbox.AllTo(unconfirmed), m => m.Subject == AccountEmailSender.ResetSubject);
    }

    [Fact]
    public async Task Resend_mails_a_new_link_only_to_an_account_still_waiting_and_answers_every_address_alike()
    {
        _ = factory.Server;
        var waitingEmail = await RegisterAsync();
        var confirmed = await Given.UserAsync(factory.Services, Roles.Mother);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.local";
        var first = await TestMailbox.MailToAsync(waitingEmail, "Confirm your email");

        var waiting = await FormPoster.PostAsync(Browser(), "/Account/ResendEmailConfirmation", "resend-confirmation", EmailForm(waitingEmail));
        var done = await FormPoster.PostAsync(Browser(), "/Account/ResendEmailConfirmation", "resend-confirmation", EmailForm(confirmed.Email!));
        var stranger = await FormPoster.PostAsync(Browser(), "/Account/ResendEmailConfirmation", "resend-confirmation", EmailForm(unknown));

        var page = PageText.AccountCard(await waiting.Content.ReadAsStringAsync());
        Assert.Contains(ResendEmailConfirmationPage.SentMessage, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(page, PageText.AccountCard(await done.Content.ReadAsStringAsync()));
        Assert.Equal(page, PageText.AccountCard(await stranger.Content.ReadAsStringAsync()));
        var second = await TestMailbox.Server.WaitForAsync(
            m => m.To.Contains(waitingEmail) && m.Subject == AccountEmailSender.ConfirmSubject && !ReferenceEquals(m, first), TestMailbox.Patience);
        Assert.Equal(2, TestMailbox.AllTo(waitingEmail).Count);
        Assert.Empty(TestMailbox.AllTo(confirmed.Email!));
        Assert.Empty(TestMailbox.AllTo(unknown));

        // The new link confirms her, and then she can log in.
        var link = TestMailbox.LinkTo(second, "/Account/ConfirmEmail");
        Assert.Contains(ConfirmEmailPage.ConfirmedMessage, WebUtility.HtmlDecode(await Browser().GetStringAsync(link)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(Browser(), waitingEmail, Given.Password)).StatusCode);
    }

    [Fact]
    public async Task An_unconfirmed_account_cannot_log_in_and_only_the_right_password_hears_why()
    {
        _ = factory.Server;
        var email = await RegisterAsync();

        var right = await LogInAsync(Browser(), email, Given.Password);
        var wrong = await LogInAsync(Browser(), email, "Wrong-pass-2026!");

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(LoginPage.NotConfirmedMessage, WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var wrongHtml = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains(LoginPage.FailedMessage, wrongHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(LoginPage.NotConfirmedMessage, wrongHtml, StringComparison.Ordinal);
        Assert.False(right.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("known user, made-up code", true, "QUJD")]
    [InlineData("known user, not Base64url", true, "%%%")]
    [InlineData("unknown user", false, "QUJD")]
    public async Task A_confirmation_link_that_is_not_valid_confirms_nothing(string name, bool knownUser, string code)
    {
        _ = factory.Server;
        var email = await RegisterAsync();
        var userId = knownUser ? await ReadAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync()) : Guid.NewGuid().ToString();

        var html = await Browser().GetStringAsync(new Uri($"/Account/ConfirmEmail?userId={userId}&code={Uri.EscapeDataString(code)}", UriKind.Relative));

        Assert.Contains(ConfirmEmailPage.FailedMessage, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.False(await ReadAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync()), name);
    }

    [Fact]
    public async Task Demo_accounts_are_created_confirmed_and_log_in()
    {
        using var demo = factory.WithWebHostBuilder(b => b.UseSetting("DemoAccounts:Enabled", "true"));
        var client = demo.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await LogInAsync(client, DemoAccounts.MotherEmail, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("today", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Registers a mother through the form (unconfirmed) and returns her address.</summary>
    private async Task<string> RegisterAsync()
    {
        var email = $"waiting-{Guid.NewGuid():N}@test.local";
        var response = await FormPoster.PostAsync(Browser(), "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Waiting Mother",
            ["Input.Email"] = email,
            ["Input.Password"] = Given.Password,
            ["Input.ConfirmPassword"] = Given.Password,
            ["Input.StageKind"] = nameof(LifeStageKind.Pregnant),
            ["Input.DueDate"] = Given.Today.AddDays(100).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return email;
    }

    private static Dictionary<string, string> EmailForm(string email) => new() { ["Input.Email"] = email };

    private static Dictionary<string, string> PasswordForm(string password) => new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password };

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password) =>
        FormPoster.PostAsync(client, "/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
