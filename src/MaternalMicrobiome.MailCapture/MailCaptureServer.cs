using System.Net;
using SmtpServer.ComponentModel;
using SmtpServer.Net;

namespace MaternalMicrobiome.MailCapture;

/// <summary>
/// An SMTP server on 127.0.0.1 that accepts every message and keeps the newest <see cref="Capacity"/> in memory: the
/// app's mail box in Development (shown at /dev/mail) and the inbox the tests read. No TLS, no authentication, loopback
/// only: it is never an outside service.
/// </summary>
public sealed class MailCaptureServer : IAsyncDisposable
{
    public const int Capacity = 500;

    private readonly List<CapturedMail> messages = [];
    private readonly Lock gate = new();
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SmtpServer.SmtpServer? server;
    private Task running = Task.CompletedTask;
    private int disposed;

    private MailCaptureServer()
    {
    }

    /// <summary>The port it listens on (the one the OS chose when started with 0).</summary>
    public int Port { get; private set; }

    /// <summary>Every captured message, oldest first.</summary>
    public IReadOnlyList<CapturedMail> Messages
    {
        get
        {
            lock (gate)
            {
                return messages.ToList();
            }
        }
    }

    /// <summary>Starts listening on 127.0.0.1:<paramref name="port"/> (0 for any free port) and returns once it accepts connections.</summary>
    public static async Task<MailCaptureServer> StartAsync(int port = 0, TimeProvider? clock = null)
    {
        var capture = new MailCaptureServer();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => listening.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);

        var options = new SmtpServer.SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new CapturingMessageStore(capture.Add, clock ?? TimeProvider.System));
        services.Add(listeners);

        capture.server = new SmtpServer.SmtpServer(options, services);
        capture.running = capture.server.StartAsync(CancellationToken.None);
        var first = await Task.WhenAny(listening.Task, capture.running);
        if (first != listening.Task)
        {
            await capture.running; // throws why it could not listen (the port is taken, ...)
            throw new InvalidOperationException("The mail capture server stopped before it listened.");
        }

        capture.Port = await listening.Task;
        return capture;
    }

    /// <summary>
    /// The newest message that matches, waiting for it to arrive up to <paramref name="timeout"/>; a
    /// <see cref="TimeoutException"/> lists what did arrive.
    /// </summary>
    public async Task<CapturedMail> WaitForAsync(Func<CapturedMail, bool> match, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var expiry = new CancellationTokenSource(timeout);
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (messages.LastOrDefault(match) is { } found)
                {
                    return found;
                }

                next = arrived.Task;
            }

            try
            {
                await next.WaitAsync(expiry.Token);
            }
            catch (OperationCanceledException) when (expiry.IsCancellationRequested)
            {
                var seen = string.Join("; ", Messages.Select(m => $"{string.Join(",", m.To)}: {m.Subject}"));
                throw new TimeoutException($"No matching mail within {timeout.TotalSeconds:0} s. Captured: {(seen.Length == 0 ? "nothing" : seen)}");
            }
        }
    }

    /// <summary>The newest message to <paramref name="address"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public Task<CapturedMail> WaitForAsync(string address, string subjectPart, TimeSpan timeout) =>
        WaitForAsync(
            m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase) && m.Subject.Contains(subjectPart, StringComparison.OrdinalIgnoreCase),
            timeout);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1 || server is null)
        {
            return;
        }

        // SmtpServer's own graceful stop: no new sessions, open ones finish.
        server.Shutdown();
        await server.ShutdownTask;
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // Stopping is what was asked for.
        }
    }

    private void Add(CapturedMail mail)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            messages.Add(mail);
            if (messages.Count > Capacity)
            {
                messages.RemoveAt(0);
            }

            signal = arrived;
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
    }
}
