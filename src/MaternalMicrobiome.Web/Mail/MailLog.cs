namespace MaternalMicrobiome.Web.Mail;

/// <summary>Mail log messages: the kind of mail and the outcome, never the address or what it says.</summary>
internal static partial class MailLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {Kind} sent")]
    public static partial void Sent(ILogger logger, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Kind} not sent: Email:Host is not set (docs/operations.md)")]
    public static partial void NotConfigured(ILogger logger, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Kind} not sent: Email:PublicBaseUrl is not set, and outside Development links are never built from the request (docs/operations.md)")]
    public static partial void NoPublicBaseUrl(ILogger logger, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Kind} not sent: the SMTP server at {Host}:{Port} failed")]
    public static partial void Failed(ILogger logger, Exception exception, string kind, string host, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Development mail capture listening on 127.0.0.1:{Port}; captured mail is shown at /dev/mail")]
    public static partial void CaptureListening(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Kind} not sent: the mail queue is full (is the SMTP server down?)")]
    public static partial void QueueFull(ILogger logger, string kind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Kind} not sent: it could not be written or addressed")]
    public static partial void ComposeFailed(ILogger logger, Exception exception, string kind);
}
