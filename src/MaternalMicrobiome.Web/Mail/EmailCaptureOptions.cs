namespace MaternalMicrobiome.Web.Mail;

/// <summary>
/// The in-process capture server (<c>Email:Capture</c>), honoured in Development only: mail goes to it instead of
/// <see cref="EmailOptions.Host"/>, and /dev/mail shows what it caught.
/// </summary>
public sealed class EmailCaptureOptions
{
    public bool Enabled { get; set; }

    /// <summary>The loopback port it listens on; 0 picks a free one, so two instances never collide.</summary>
    public int Port { get; set; }
}
