using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MaternalMicrobiome.Web.Mail;

/// <summary>
/// Sends mail over SMTP with MailKit, to <see cref="EmailOptions.Host"/> or, in Development, to the app's own capture
/// server. A mail that cannot be sent is logged and reported as false, never thrown: the page that asked for it answers
/// the same either way, and she can ask again.
/// </summary>
public sealed class AppMailer(IOptions<EmailOptions> options, ILogger<AppMailer> logger, DevMailCapture? capture = null)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public async Task<bool> SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        var (host, port, security, logIn) = capture?.Server is { } server
            ? ("127.0.0.1", server.Port, SecureSocketOptions.None, false)
            : (settings.Host, settings.Port, settings.Security, !string.IsNullOrEmpty(settings.UserName));
        if (string.IsNullOrWhiteSpace(host))
        {
            MailLog.NotConfigured(logger, mail.Kind);
            return false;
        }

        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, string.IsNullOrWhiteSpace(settings.FromAddress) ? "no-reply@localhost" : settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(host, port, security, cancellationToken);
            if (logIn)
            {
                await client.AuthenticateAsync(settings.UserName!, settings.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is SocketException or IOException or SmtpCommandException or SmtpProtocolException
                                       or AuthenticationException or SslHandshakeException or ServiceNotConnectedException
                                       or TimeoutException or ParseException)
        {
            MailLog.Failed(logger, e, mail.Kind, host, port);
            return false;
        }

        MailLog.Sent(logger, mail.Kind);
        return true;
    }
}
