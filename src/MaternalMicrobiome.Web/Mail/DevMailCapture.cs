using MaternalMicrobiome.MailCapture;
using Microsoft.Extensions.Options;

namespace MaternalMicrobiome.Web.Mail;

/// <summary>
/// In Development with <c>Email:Capture:Enabled</c>, an SMTP capture server inside the app, so <c>dotnet run</c> sends
/// real SMTP without any outside service; the app's mail goes there and /dev/mail shows it.
/// </summary>
public sealed class DevMailCapture(IOptions<EmailOptions> options, ILogger<DevMailCapture> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>The running server, or null before start.</summary>
    public MailCaptureServer? Server { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Server = await MailCaptureServer.StartAsync(options.Value.Capture.Port);
        MailLog.CaptureListening(logger, Server.Port);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (Server is { } server)
        {
            Server = null;
            await server.DisposeAsync();
        }
    }
}
