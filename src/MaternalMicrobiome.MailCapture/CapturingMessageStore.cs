using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace MaternalMicrobiome.MailCapture;

/// <summary>SmtpServer's storage hook: parses each accepted message with MimeKit and hands it to the capture.</summary>
internal sealed class CapturingMessageStore(Action<CapturedMail> received, TimeProvider clock) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray(), writable: false);
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        received(new CapturedMail(
            clock.GetUtcNow(),
            message.From.Mailboxes.FirstOrDefault()?.Address ?? string.Empty,
            message.To.Mailboxes.Select(m => m.Address).ToList(),
            message.Subject ?? string.Empty,
            message.TextBody ?? string.Empty,
            message.HtmlBody));
        return SmtpResponse.Ok;
    }
}
