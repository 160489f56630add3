using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// A Serilog sink the app under test writes to (registered as a service: LoggingSetup reads sinks from the container).
/// The request log is written after the response has gone, so a test awaits the event instead of reading at once.
/// </summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();
    private readonly ConcurrentBag<(Func<LogEvent, bool> Matches, TaskCompletionSource<LogEvent> Found)> waiting = [];

    public IReadOnlyCollection<LogEvent> Events => events;

    public void Emit(LogEvent logEvent)
    {
        events.Enqueue(logEvent);
        foreach (var (matches, found) in waiting)
        {
            if (matches(logEvent))
            {
                found.TrySetResult(logEvent);
            }
        }
    }

    /// <summary>The first event that matches, already written or still to come; fails after 10 s.</summary>
    public Task<LogEvent> WaitForAsync(Func<LogEvent, bool> matches)
    {
        var found = new TaskCompletionSource<LogEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting.Add((matches, found));
        if (events.FirstOrDefault(matches) is { } written)
        {
            found.TrySetResult(written);
        }

        return found.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>The request log event of <paramref name="path"/> (Serilog's request logging: path, status, elapsed).</summary>
    public Task<LogEvent> RequestAsync(string path) =>
        WaitForAsync(e => e.Properties.TryGetValue("RequestPath", out var logged) && logged is ScalarValue { Value: string p } && p == path
            && e.Properties.ContainsKey("StatusCode"));
}
