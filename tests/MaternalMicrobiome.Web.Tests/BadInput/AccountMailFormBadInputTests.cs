using System.Net;
using System.Text;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>
/// The forms behind the account mails, posted as a browser does: forgot password and resend confirmation (one email
/// field) and the reset form (a new password, on a real mailed-style link). Each bad field gets its message on the page
/// (a 200, never a 500), nothing is mailed or changed, and anything echoed back is encoded.
/// </summary>
public sealed class AccountMailFormBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static BadInputTable<Action<Dictionary<string, string>>> EmailForms { get; } = new()
    {
        { "email empty", f => f["Input.Email"] = string.Empty, "Enter your email address." },
        { "email without @", f => f["Input.Email"] = "not-an-email", "Enter a valid email address." },
        { "email with two @", f => f["Input.Email"] = "a@b@test.local", "Enter a valid email address." },
        { "email 300 characters", f => f["Input.Email"] = BadText.Repeated(290) + "@test.local", "Email must be at most 256 characters." },
        { "email with an escape sequence", f => f["Input.Email"] = BadText.Escape + "@test.local", "Email must not contain control characters" },
        { "email ending in @", f => f["Input.Email"] = "mother@", "Enter a valid email address." },
    };

    public static TheoryData<string> EmailFormCases => EmailForms.Names;

    public static BadInputTable<Action<Dictionary<string, string>>> PasswordResets { get; } = new()
    {
        { "password empty", f => (f["Input.Password"], f["Input.ConfirmPassword"]) = (string.Empty, string.Empty), "Choose a password." },
        { "password too short", f => (f["Input.Password"], f["Input.ConfirmPassword"]) = ("Aa1!", "Aa1!"), "Password must be at least 8 characters." },
        { "password 101 characters", f => (f["Input.Password"], f["Input.ConfirmPassword"]) = ("Aa1!" + BadText.Repeated(97), "Aa1!" + BadText.Repeated(97)), "Password must be at most 100 characters." },
        { "passwords differ", f => f["Input.ConfirmPassword"] = "Other-pass-2026!", "The two passwords do not match." },
        { "password without a digit", f => (f["Input.Password"], f["Input.ConfirmPassword"]) = ("No-digits-here!", "No-digits-here!"), "Passwords must have at least one digit" },
        { "password is script", f => (f["Input.Password"], f["Input.ConfirmPassword"]) = (BadText.Script, BadText.Script + "x"), "The two passwords do not match." },
    };

    public static TheoryData<string> PasswordResetCases => PasswordResets.Names;

    [Theory]
    [MemberData(nameof(EmailFormCases))]
    public async Task A_bad_email_on_forgot_password_or_resend_shows_its_message_and_mails_nothing(string name)
    {
        var bad = EmailForms[name];
        _ = factory.Server;
        foreach (var (path, form, sent) in new[]
                 {
                     ("/Account/ForgotPassword", "forgot-password", ForgotPasswordPage.SentMessage),
                     ("/Account/ResendEmailConfirmation", "resend-confirmation", ResendEmailConfirmationPage.SentMessage),
                 })
        {
            var fields = new Dictionary<string, string> { ["Input.Email"] = "mother@test.local" };
            bad.Input(fields);
            var mailsBefore = TestMailbox.Server.Messages.Count;

            var response = await FormPoster.PostAsync(BadInputSession.Browser(factory), path, form, fields);

            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(bad.Field, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.DoesNotContain(sent, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(TestMailbox.Server.Messages.Skip(mailsBefore), m => m.To.Contains(fields["Input.Email"]));
        }
    }

    [Theory]
    [MemberData(nameof(PasswordResetCases))]
    public async Task A_bad_new_password_on_a_valid_reset_link_shows_its_message_and_keeps_the_old_password(string name)
    {
        var bad = PasswordResets[name];
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        var fields = new Dictionary<string, string> { ["Input.Password"] = "Good-new-pass-2027!", ["Input.ConfirmPassword"] = "Good-new-pass-2027!" };
        bad.Input(fields);

        var response = await FormPoster.PostAsync(BadInputSession.Browser(factory), await ResetLinkAsync(mother), "reset-password", fields);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bad.Field, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain(ResetPasswordPage.DoneMessage, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByIdAsync(mother.Id))!, Given.Password));
    }

    /// <summary>The link a reset mail would carry (made here, so each case has a fresh, valid one).</summary>
    private async Task<string> ResetLinkAsync(AppUser mother)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(mother.Id))!);
        return $"/Account/ResetPassword?userId={mother.Id}&code={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";
    }
}
