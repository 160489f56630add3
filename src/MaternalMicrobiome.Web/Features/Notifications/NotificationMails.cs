using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.Admin.Users;
using MaternalMicrobiome.Web.Mail;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Features.Notifications;

/// <summary>
/// The notification mails, queued after the comment or the ended link is saved (<see cref="MailOutbox"/>): who it is from
/// and a link, never what a comment says or anything she logged. Whether she wants it is read when it is sent, from her
/// switches (<see cref="NotificationSettings"/>); an unconfirmed, deactivated or deleted account gets nothing.
/// </summary>
public sealed class NotificationMails(MailOutbox queue, MailLinks links)
{
    public const string CommentSubject = "You have a new comment on Nourishing Two";
    public const string LinkEndedSubject = "A sharing link ended on Nourishing Two";

    private const string CommentKind = "comment-notification";
    private const string LinkEndedKind = "link-ended-notification";
    private const string Closing = "You get this mail because notifications are on in your Nourishing Two profile. Switch them off there to stop them.";

    /// <summary>The other side of the conversation commented: a mail to <paramref name="recipientId"/> from <paramref name="authorId"/>.</summary>
    public void CommentArrived(string recipientId, string authorId, bool toNutritionist) =>
        Queue(CommentKind, CommentSubject, recipientId, authorId, u => u.NotifyOnComment,
            name => [toNutritionist ? $"You have a new comment from {name}." : $"You have a new comment from {name}, your nutritionist.",
                     "Log in to read it: comments stay in the app and are never sent by mail."],
            toNutritionist ? "Open your inbox" : "Read your comments", toNutritionist ? "inbox" : "comments");

    /// <summary>The link was ended by <paramref name="endedById"/>: a mail to the other side, <paramref name="recipientId"/>.</summary>
    public void LinkEnded(string recipientId, string endedById, bool toNutritionist) =>
        Queue(LinkEndedKind, LinkEndedSubject, recipientId, endedById, u => u.NotifyOnLinkEnd,
            name => toNutritionist
                ? [$"{name} has stopped sharing her data with you. You no longer see her log, and your conversation with her is closed."]
                : [$"{name} has ended the sharing link: she no longer sees your data. Your data stays yours.",
                   "To share with a nutritionist again, enter a new code from her under \"My nutritionist\"."],
            toNutritionist ? "See your clients" : "Open My nutritionist", toNutritionist ? "clients/invites" : "my-nutritionist");

    /// <summary>
    /// Her client deleted her account, which ended their link: a mail to <paramref name="nutritionistId"/>. The account
    /// is gone by the time the mail is composed, so her name is taken now.
    /// </summary>
    public void ClientDeletedAccount(string nutritionistId, string clientName) =>
        Queue(LinkEndedKind, LinkEndedSubject, nutritionistId, fromId: null, u => u.NotifyOnLinkEnd,
            _ => [$"{clientName} has deleted her Nourishing Two account, so her sharing link with you has ended. Her data is deleted with her account."],
            "See your clients", "clients/invites");

    private void Queue(
        string kind, string subject, string recipientId, string? fromId, Func<AppUser, bool> wants,
        Func<string, IReadOnlyList<string>> paragraphs, string actionLabel, string path)
    {
        if (links.BaseOrLog(kind) is not { } root)
        {
            return;
        }

        var action = new Uri(root, path);
        queue.Enqueue(new MailWork(kind, (services, cancellationToken) =>
            ComposeAsync(services, recipientId, fromId, wants, kind, subject, paragraphs, actionLabel, action, cancellationToken)));
    }

    private static async Task<OutgoingMail?> ComposeAsync(
        IServiceProvider services, string recipientId, string? fromId, Func<AppUser, bool> wants, string kind, string subject,
        Func<string, IReadOnlyList<string>> paragraphs, string actionLabel, Uri action, CancellationToken cancellationToken)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var recipient = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == recipientId, cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (recipient is not { EmailConfirmed: true, Email: { } email } || !wants(recipient) || AccountDeactivation.IsDeactivated(recipient, now))
        {
            return null;
        }

        var name = fromId is null
            ? string.Empty
            : await db.Users.Where(u => u.Id == fromId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? "A former member";
        var (text, html) = MailBody.Compose(paragraphs(name), actionLabel, action, Closing);
        return new OutgoingMail(kind, email, subject, text, html);
    }
}
