using System.Threading.Channels;

namespace MaternalMicrobiome.Web.Mail;

/// <summary>
/// Mail sent after the change that caused it has been saved, by <see cref="MailOutboxWorker"/>, one at a time in the
/// order queued: a comment or an ended link never waits for (or fails with) the SMTP server. The queue lives in this
/// instance's memory, so mail still queued when the process stops is lost (docs/operations.md); a full queue drops the
/// new mail and logs it.
/// </summary>
public sealed class MailOutbox(ILogger<MailOutbox> logger)
{
    /// <summary>Far more than a practice sends in the seconds an SMTP hiccup lasts; bounds memory if the server is down.</summary>
    public const int Capacity = 1000;

    private readonly Channel<MailWork> channel = Channel.CreateBounded<MailWork>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    internal ChannelReader<MailWork> Reader => channel.Reader;

    /// <summary>Queues the mail without waiting; false (and logged) when the queue is full.</summary>
    public bool Enqueue(MailWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (channel.Writer.TryWrite(work))
        {
            return true;
        }

        MailLog.QueueFull(logger, work.Kind);
        return false;
    }
}
