using FluentValidation;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.MailCapture;
using MaternalMicrobiome.Web.Features.Admin.Users;
using MaternalMicrobiome.Web.Features.Comments;
using MaternalMicrobiome.Web.Features.MyData;
using MaternalMicrobiome.Web.Features.Notifications;
using MaternalMicrobiome.Web.Features.Practice;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MaternalMicrobiome.Web.Tests.Practice;

/// <summary>
/// The invite mail and the notification mails, read from the test process's capture server: who gets which mail, that
/// none carries a comment's words, and that a switched-off mail is not sent. The mail queue sends in order, so "no mail"
/// is proven by a later mail to the same person arriving first.
/// </summary>
public sealed class NotificationMailTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string SecretComment = "Reflux again after the iron tablet";

    private async Task<T> AsAsync<TService, T>(AppUser user, Func<TService, Task<T>> act)
        where TService : notnull
    {
        await using var scope = await Given.SignedInScopeAsync(factory.Services, user);
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private Task<int> CommentAsync(AppUser author, AppUser mother, string text) =>
        AsAsync<CommentService, int>(author, s => s.AddAsync(author.Id == mother.Id ? null : mother.Id, CommentTarget.Day(Given.Today), new CommentRequest { Text = text }));

    private Task<bool> SwitchAsync(AppUser user, bool onComment, bool onLinkEnd) =>
        AsAsync<NotificationSettingsService, bool>(user, async s =>
        {
            await s.SaveAsync(new NotificationSettings { OnComment = onComment, OnLinkEnd = onLinkEnd });
            return true;
        });

    private static void CarriesNoHealthData(CapturedMail mail)
    {
        Assert.DoesNotContain(SecretComment, mail.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(SecretComment, mail.Html ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_mailed_invite_names_the_sender_carries_a_working_code_and_reads_the_same_for_an_address_with_an_account()
    {
        _ = factory.Server;
        var nutritionist = await Given.NutritionistAsync(factory.Services);
        var member = await Given.MotherAsync(factory.Services);
        var stranger = $"new-client-{Guid.NewGuid():N}@test.local";

        var toStranger = await AsAsync<ClientLinkService, InviteView>(nutritionist, s => s.EmailInviteAsync(new InviteEmailRequest { Email = $"  {stranger} " }));
        var toMember = await AsAsync<ClientLinkService, InviteView>(nutritionist, s => s.EmailInviteAsync(new InviteEmailRequest { Email = member.Email! }));

        var mail = await TestMailbox.MailToAsync(stranger, InviteMail.Subject);
        Assert.Contains(nutritionist.DisplayName, mail.Text, StringComparison.Ordinal);
        Assert.Contains(toStranger.DisplayCode, mail.Text, StringComparison.Ordinal);
        Assert.Contains("ignore this mail", mail.Text, StringComparison.Ordinal);
        Assert.Equal("/my-nutritionist", TestMailbox.LinkTo(mail, "/my-nutritionist").OriginalString);
        var memberMail = await TestMailbox.MailToAsync(member.Email!, InviteMail.Subject);
        Assert.Equal(mail.Text.Replace(toStranger.DisplayCode, "CODE", StringComparison.Ordinal), memberMail.Text.Replace(toMember.DisplayCode, "CODE", StringComparison.Ordinal));

        // The mailed code is an ordinary invite: she consents with it.
        var link = await AsAsync<ClientLinkService, MyLink>(member, s => s.ConsentAsync(new InviteCodeRequest { Code = toMember.DisplayCode }));
        Assert.Equal(nutritionist.DisplayName, link.NutritionistName);
    }

    [Fact]
    public async Task Invite_mails_are_capped_at_three_a_minute()
    {
        _ = factory.Server;
        var nutritionist = await Given.NutritionistAsync(factory.Services);
        Task<InviteView> MailAsync() => AsAsync<ClientLinkService, InviteView>(nutritionist, s => s.EmailInviteAsync(new InviteEmailRequest { Email = $"capped-{Guid.NewGuid():N}@test.local" }));
        for (var i = 0; i < ClientLinkService.MaxInviteMailsPerMinute; i++)
        {
            await MailAsync();
        }

        var refused = await Assert.ThrowsAsync<ValidationException>(MailAsync);

        Assert.Equal(nameof(InviteEmailRequest.Email), Assert.Single(refused.Errors).PropertyName);
        Assert.Equal(ClientLinkService.MaxInviteMailsPerMinute, (await AsAsync<ClientLinkService, PracticeOverview>(nutritionist, s => s.GetOverviewAsync())).Invites.Count);
        ((FakeTimeProvider)factory.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromSeconds(61));
        await MailAsync();
    }

    [Fact]
    public async Task A_comment_mails_the_other_side_who_wrote_and_a_link_and_never_its_words()
    {
        var (mother, linked, stranger) = await Given.PracticeAsync(factory);

        var threadId = await CommentAsync(mother, mother, SecretComment);
        var toNutritionist = await TestMailbox.MailToAsync(linked.Email!, NotificationMails.CommentSubject);
        await AsAsync<CommentService, int>(linked, s => s.ReplyAsync(mother.Id, threadId, new CommentRequest { Text = SecretComment }));
        var toMother = await TestMailbox.MailToAsync(mother.Email!, NotificationMails.CommentSubject);

        Assert.Contains($"You have a new comment from {mother.DisplayName}.", toNutritionist.Text, StringComparison.Ordinal);
        TestMailbox.LinkTo(toNutritionist, "/inbox");
        Assert.Contains($"You have a new comment from {linked.DisplayName}, your nutritionist.", toMother.Text, StringComparison.Ordinal);
        TestMailbox.LinkTo(toMother, "/comments");
        CarriesNoHealthData(toNutritionist);
        CarriesNoHealthData(toMother);
        Assert.Single(TestMailbox.AllTo(linked.Email!));
        Assert.Single(TestMailbox.AllTo(mother.Email!));
        Assert.Empty(TestMailbox.AllTo(stranger.Email!));
    }

    [Fact]
    public async Task Switched_off_comment_mail_is_not_sent_and_the_link_end_mail_still_is()
    {
        var (mother, linked, _) = await Given.PracticeAsync(factory);
        await SwitchAsync(mother, onComment: false, onLinkEnd: true);

        await CommentAsync(linked, mother, SecretComment);
        await AsAsync<ClientLinkService, bool>(linked, async s =>
        {
            await s.EndClientLinkAsync(mother.Id);
            return true;
        });

        var ended = await TestMailbox.MailToAsync(mother.Email!, NotificationMails.LinkEndedSubject);
        Assert.Contains($"{linked.DisplayName} has ended the sharing link", ended.Text, StringComparison.Ordinal);
        TestMailbox.LinkTo(ended, "/my-nutritionist");
        Assert.Equal([NotificationMails.LinkEndedSubject], TestMailbox.AllTo(mother.Email!).Select(m => m.Subject));
        Assert.False((await AsAsync<NotificationSettingsService, NotificationSettings>(mother, s => s.GetAsync())).OnComment);
    }

    [Fact]
    public async Task She_stopping_sharing_mails_her_nutritionist_unless_that_mail_is_switched_off()
    {
        var (mother, linked, _) = await Given.PracticeAsync(factory);
        var second = await Given.MotherAsync(factory.Services);
        await Given.LinkAsync(factory.Services, second, linked);

        await AsAsync<ClientLinkService, bool>(mother, async s =>
        {
            await s.EndMyLinkAsync();
            return true;
        });
        var ended = await TestMailbox.MailToAsync(linked.Email!, NotificationMails.LinkEndedSubject);
        Assert.Contains($"{mother.DisplayName} has stopped sharing her data with you.", ended.Text, StringComparison.Ordinal);
        TestMailbox.LinkTo(ended, "/clients/invites");

        // Switched off: the second client stops sharing, unheard; a third client's comment, mailed after it, is the marker.
        var third = await Given.MotherAsync(factory.Services);
        await Given.LinkAsync(factory.Services, third, linked);
        await SwitchAsync(linked, onComment: true, onLinkEnd: false);
        await AsAsync<ClientLinkService, bool>(second, async s =>
        {
            await s.EndMyLinkAsync();
            return true;
        });
        await CommentAsync(third, third, "Marker");
        await TestMailbox.MailToAsync(linked.Email!, NotificationMails.CommentSubject);

        Assert.Equal([NotificationMails.LinkEndedSubject, NotificationMails.CommentSubject], TestMailbox.AllTo(linked.Email!).Select(m => m.Subject));
    }

    [Fact]
    public async Task Deleting_her_account_tells_her_nutritionist_the_link_ended_with_her_name_and_nothing_she_logged()
    {
        var (mother, linked, _) = await Given.PracticeAsync(factory);
        await CommentAsync(mother, mother, SecretComment);
        await TestMailbox.MailToAsync(linked.Email!, NotificationMails.CommentSubject);

        Assert.True(await AsAsync<MyDataService, bool>(mother, s => s.DeleteAccountAsync(Given.Password)));

        var ended = await TestMailbox.MailToAsync(linked.Email!, NotificationMails.LinkEndedSubject);
        Assert.Contains($"{mother.DisplayName} has deleted her Nourishing Two account, so her sharing link with you has ended.", ended.Text, StringComparison.Ordinal);
        CarriesNoHealthData(ended);
        TestMailbox.LinkTo(ended, "/clients/invites");
    }

    [Fact]
    public async Task A_deactivated_account_gets_no_notification_until_it_is_reactivated()
    {
        var (mother, linked, _) = await Given.PracticeAsync(factory);
        var admin = await Given.UserAsync(factory.Services, Roles.Admin);
        await AsAsync<UserAdminService, bool>(admin, async s =>
        {
            await s.DeactivateAsync(linked.Id);
            return true;
        });

        await CommentAsync(mother, mother, "While she is away");
        await AsAsync<UserAdminService, bool>(admin, async s =>
        {
            await s.ReactivateAsync(linked.Id);
            return true;
        });
        await CommentAsync(mother, mother, "Marker");

        var mail = await TestMailbox.MailToAsync(linked.Email!, NotificationMails.CommentSubject);
        Assert.Single(TestMailbox.AllTo(linked.Email!));
        Assert.Contains(mother.DisplayName!, mail.Text, StringComparison.Ordinal);
    }
}
