using System.Data.Common;
using MimeKit;

namespace MaternalMicrobiome.Web.Mail;

/// <summary>
/// Sends what <see cref="MailOutbox"/> holds, in order. A mail that cannot be written (its database read failed) or
/// addressed is logged by kind and skipped, so the next one still goes and the worker (and with it the host) keeps
/// running; <see cref="AppMailer"/> already logs and swallows the SMTP server's failures.
/// </summary>
public sealed class MailOutboxWorker(MailOutbox outbox, IServiceScopeFactory scopes, AppMailer mailer, ILogger<MailOutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await work.Compose(scope.ServiceProvider, stoppingToken) is { } mail)
                {
                    await mailer.SendAsync(mail, stoppingToken);
                }
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or ParseException or FormatException or ArgumentException)
            {
                MailLog.ComposeFailed(logger, e, work.Kind);
            }
        }
    }
}
