using System.Net;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Application;
using MaternalMicrobiome.Web.Features.Account;
using MaternalMicrobiome.Web.Features.Admin.Users;
using MaternalMicrobiome.Web.Features.Clients;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Admin;

/// <summary>
/// Deactivating and reactivating accounts, and inviting nutritionists, through <see cref="UserAdminService"/> on the
/// real app, with log ins, cookies and the mailed link over HTTP.
/// </summary>
public sealed class UserAccessTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string NewPassword = "Invited-pass-2026!";

    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_deactivated_account_is_signed_out_and_refused_saying_why_only_to_her_password_until_reactivated()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        var nutritionist = await Given.UserAsync(factory.Services, Roles.Nutritionist);
        var session = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(session, nutritionist.Email!, Given.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(new Uri("/clients", UriKind.Relative))).StatusCode);

        await AsAdminAsync(admin, users => users.DeactivateAsync(nutritionist.Id));

        var after = await session.GetAsync(new Uri("/clients", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var rightPassword = await PageTextAsync(await LogInAsync(Browser(), nutritionist.Email!, Given.Password));
        Assert.Contains(LoginPage.DeactivatedMessage, rightPassword, StringComparison.Ordinal);
        var wrongPassword = await PageTextAsync(await LogInAsync(Browser(), nutritionist.Email!, "Wrong-pass-2026!"));
        Assert.Contains(LoginPage.FailedMessage, wrongPassword, StringComparison.Ordinal);
        Assert.DoesNotContain(LoginPage.DeactivatedMessage, wrongPassword, StringComparison.Ordinal);
        Assert.Equal(UserStatus.Deactivated, await StatusAsync(admin, nutritionist.Id));

        await AsAdminAsync(admin, users => users.ReactivateAsync(nutritionist.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(Browser(), nutritionist.Email!, Given.Password)).StatusCode);
        Assert.Equal(UserStatus.Active, await StatusAsync(admin, nutritionist.Id));
        var audit = await Given.ReadAsync(factory.Services, db => db.AuditEntries
            .Where(a => a.SubjectUserId == nutritionist.Id).OrderBy(a => a.Id).Select(a => new { a.Action, a.ActorId }).ToListAsync());
        Assert.Equal(["user.deactivate", "user.reactivate"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(admin.Id, a.ActorId));
    }

    [Fact]
    public async Task An_admin_cannot_deactivate_herself_and_an_unknown_id_is_not_found()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);

        var self = await Assert.ThrowsAsync<InvalidOperationException>(() => AsAdminAsync(admin, users => users.DeactivateAsync(admin.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAdminAsync(admin, users => users.DeactivateAsync(Guid.NewGuid().ToString())));
        await Assert.ThrowsAsync<NotFoundException>(() => AsAdminAsync(admin, users => users.ReactivateAsync(Guid.NewGuid().ToString())));

        Assert.Equal(UserAdminService.CannotDeactivateSelfMessage, self.Message);
        Assert.Equal(UserStatus.Active, await StatusAsync(admin, admin.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(Browser(), admin.Email!, Given.Password)).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_nutritionist_keeps_her_links_but_reads_nothing_and_her_invite_codes_stop_until_reactivated()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        var nutritionist = await Given.UserAsync(factory.Services, Roles.Nutritionist);
        var client = await Given.UserAsync(factory.Services, Roles.Mother);
        await Given.LinkThroughInviteAsync(factory.Services, nutritionist, client);
        var code = await Given.InviteAsync(factory.Services, nutritionist);
        var newMother = await Given.UserAsync(factory.Services, Roles.Mother);

        await AsAdminAsync(admin, users => users.DeactivateAsync(nutritionist.Id));

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => Given.ConsentAsync(factory.Services, newMother, code));
        Assert.Equal(HttpStatusCode.OK, (await LogInAsync(Browser(), nutritionist.Email!, Given.Password)).StatusCode);
        await using (var mothers = await Given.SignedInScopeAsync(factory.Services, client))
        {
            // Her client is told, on My nutritionist, rather than left wondering why no comments come.
            Assert.True((await mothers.ServiceProvider.GetRequiredService<ClientLinkService>().GetMyLinkAsync())!.NutritionistDeactivated);
        }

        var page = await (await Given.BrowserOfAsync(factory, client)).GetStringAsync(new Uri("/my-nutritionist", UriKind.Relative));
        Assert.Contains("data-testid=\"nutritionist-deactivated\"", page, StringComparison.Ordinal);

        await AsAdminAsync(admin, users => users.ReactivateAsync(nutritionist.Id));
        await using (var mothers = await Given.SignedInScopeAsync(factory.Services, client))
        {
            Assert.False((await mothers.ServiceProvider.GetRequiredService<ClientLinkService>().GetMyLinkAsync())!.NutritionistDeactivated);
        }

        await Given.ConsentAsync(factory.Services, newMother, code);
        await using var reading = await Given.SignedInScopeAsync(factory.Services, nutritionist);
        Assert.Equal(client.Id, (await reading.ServiceProvider.GetRequiredService<ClientReviewService>().GetClientAsync(client.Id)).Id);
    }

    [Fact]
    public async Task An_invited_nutritionist_sets_her_password_from_the_mailed_link_once_which_confirms_her_address()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        var email = $"invited-{Guid.NewGuid():N}@test.local";

        var result = await InviteAsync(admin, "Nour Haddad", email);

        Assert.Equal(new InviteResult(InviteOutcome.Invited, Mailed: true), result);
        var invited = await UserAsync(email);
        Assert.False(invited.EmailConfirmed);
        Assert.Null(invited.PasswordHash);
        Assert.Equal("Nour Haddad", invited.DisplayName);
        Assert.Equal(UserStatus.Invited, await StatusAsync(admin, invited.Id));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Equal([Roles.Nutritionist], await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetRolesAsync(invited));
        }

        var mail = await TestMailbox.MailToAsync(email, AccountEmailSender.InvitationSubject);
        Assert.Contains("Nour Haddad", mail.Text, StringComparison.Ordinal);
        var link = TestMailbox.LinkTo(mail, "/Account/ResetPassword").ToString();
        Assert.Contains(ResetPasswordPage.InvitationQuery + "=true", link, StringComparison.Ordinal);

        var set = await PageTextAsync(await FormPoster.PostAsync(Browser(), link, "reset-password", PasswordForm(NewPassword)));

        Assert.Contains(ResetPasswordPage.InvitationDoneMessage, set, StringComparison.Ordinal);
        Assert.True((await UserAsync(email)).EmailConfirmed);
        Assert.Equal(UserStatus.Active, await StatusAsync(admin, invited.Id));
        var signedIn = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(signedIn, email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync(new Uri("/clients", UriKind.Relative))).StatusCode);
        var again = await PageTextAsync(await FormPoster.PostAsync(Browser(), link, "reset-password", PasswordForm("Another-pass-2027!")));
        Assert.Contains(ResetPasswordPage.LinkFailedMessage, again, StringComparison.Ordinal);
        Assert.Contains(ResetPasswordPage.InvitationExpiredHint, again, StringComparison.Ordinal);
        Assert.Contains("user.invite", await Given.ReadAsync(factory.Services, db => db.AuditEntries.Where(a => a.SubjectUserId == invited.Id).Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task Inviting_an_address_again_makes_no_second_account_and_says_whether_it_sent_a_new_link()
    {
        _ = factory.Server;
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        var pending = $"pending-{Guid.NewGuid():N}@test.local";
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await InviteAsync(admin, "Nour Haddad", pending);
        await TestMailbox.MailToAsync(pending, AccountEmailSender.InvitationSubject);

        var pendingAgain = await InviteAsync(admin, "Nour H.", pending.ToUpperInvariant());
        var taken = await InviteAsync(admin, "Someone", mother.Email!.ToUpperInvariant());

        Assert.Equal(new InviteResult(InviteOutcome.InvitedAgain, Mailed: true), pendingAgain);
        Assert.Equal(new InviteResult(InviteOutcome.AlreadyHasAccount, Mailed: false), taken);
        Assert.Equal(2, TestMailbox.AllTo(pending).Count(m => m.Subject == AccountEmailSender.InvitationSubject));
        Assert.DoesNotContain(TestMailbox.AllTo(mother.Email!), m => m.Subject == AccountEmailSender.InvitationSubject);
        Assert.Equal(1, await CountWithEmailAsync(pending));
        Assert.Equal(1, await CountWithEmailAsync(mother.Email!));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal([Roles.Mother], await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetRolesAsync(mother));
    }

    private async Task AsAdminAsync(AppUser admin, Func<UserAdminService, Task> action)
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        await action(scope.ServiceProvider.GetRequiredService<UserAdminService>());
    }

    private async Task<InviteResult> InviteAsync(AppUser admin, string name, string email)
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        Given.AtAppAddress(scope.ServiceProvider.GetRequiredService<NavigationManager>());
        return await scope.ServiceProvider.GetRequiredService<UserAdminService>()
            .InviteNutritionistAsync(new NutritionistInviteRequest { DisplayName = name, Email = email });
    }

    private async Task<UserStatus> StatusAsync(AppUser admin, string userId)
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, admin);
        return (await scope.ServiceProvider.GetRequiredService<UserAdminService>().ListAsync()).Single(u => u.Id == userId).Status;
    }

    private Task<AppUser> UserAsync(string email)
    {
        var normalized = email.ToUpperInvariant();
        return Given.ReadAsync(factory.Services, db => db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == normalized));
    }

    private Task<int> CountWithEmailAsync(string email)
    {
        var normalized = email.ToUpperInvariant();
        return Given.ReadAsync(factory.Services, db => db.Users.CountAsync(u => u.NormalizedEmail == normalized));
    }

    private static Task<HttpResponseMessage> LogInAsync(HttpClient browser, string email, string password) =>
        FormPoster.PostAsync(browser, "/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private static Dictionary<string, string> PasswordForm(string password) =>
        new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = password };

    private static async Task<string> PageTextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
