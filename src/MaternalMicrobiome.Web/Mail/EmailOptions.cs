using MailKit.Security;

namespace MaternalMicrobiome.Web.Mail;

/// <summary>The <c>Email</c> settings (docs/operations.md): the SMTP server the app sends through, and who the mail is from.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>The SMTP server; empty means mail is not configured (each mail is then logged as not sent).</summary>
    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 587;

    /// <summary>MailKit's TLS modes: <c>StartTls</c> (port 587), <c>SslOnConnect</c> (port 465), <c>Auto</c>, <c>None</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Optional: the SMTP log-in, when the server asks for one.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = string.Empty;

    public string FromName { get; set; } = "Nourishing Two";

    /// <summary>
    /// The app's address as mothers reach it (e.g. https://app.example.org/), for the links in mail. Required outside
    /// Development: a link built from the request's Host header could be pointed at another site by whoever asks.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    public EmailCaptureOptions Capture { get; set; } = new();
}
