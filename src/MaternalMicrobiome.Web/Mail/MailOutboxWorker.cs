using System.Data.Common;

namespace MaternalMicrobiome.Web.Mail;

/// <summary>
/// Sends what <see cref="MailOutbox"/> holds, in order. A mail that cannot be written (its database read failed) or sent
/// is logged by kind and skipped: the next one still goes.
/// </summary>
public sealed class MailOutboxWorker(MailOutbox queue, IServiceScopeFactory scopes, AppMailer mailer, ILogger<MailOutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
        {
            OutgoingMail? mail;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                mail = await work.Compose(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
            {
                MailLog.ComposeFailed(logger, e, work.Kind);
                continue;
            }

            if (mail is not null)
            {
                await mailer.SendAsync(mail, stoppingToken);
            }
        }
    }
}
