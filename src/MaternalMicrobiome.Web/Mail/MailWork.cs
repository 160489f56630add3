namespace MaternalMicrobiome.Web.Mail;

/// <summary>
/// One mail for <see cref="MailOutbox"/> to send later: <paramref name="Compose"/> runs on the queue's worker, in its own
/// scope, and returns the mail, or null when there is nothing to send (she switched that mail off, her account is gone).
/// <paramref name="Kind"/> names it in the log.
/// </summary>
public sealed record MailWork(string Kind, Func<IServiceProvider, CancellationToken, Task<OutgoingMail?>> Compose)
{
    /// <summary>A mail already written.</summary>
    public static MailWork Ready(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return new MailWork(mail.Kind, (_, _) => Task.FromResult<OutgoingMail?>(mail));
    }
}
