using System.Collections.Concurrent;

namespace MaternalMicrobiome.Web.Features.Comments;

/// <summary>
/// Tells the open circuits of a user, on this instance, that her unread comments changed: a comment arrived for her or
/// she read some in another tab. Badges and the inbox subscribe and recount at once. Other instances behind a load
/// balancer do not hear it; the badge's periodic recount covers them.
/// </summary>
public sealed class CommentEvents(IConfiguration configuration, TimeProvider clock)
{
    /// <summary>How often a badge recounts anyway, for comments posted through another instance (Comments:BadgeRefreshSeconds).</summary>
    public TimeSpan BadgeRefresh { get; } = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Comments:BadgeRefreshSeconds", 30)));

    public TimeProvider Clock { get; } = clock;

    private readonly ConcurrentDictionary<string, ImmutableHandlers> byUser = new(StringComparer.Ordinal);

    public IDisposable Subscribe(string userId, Func<Task> onChanged)
    {
        byUser.AddOrUpdate(userId, _ => new ImmutableHandlers([onChanged]), (_, h) => h.With(onChanged));
        return new Subscription(() => byUser.AddOrUpdate(userId, _ => new ImmutableHandlers([]), (_, h) => h.Without(onChanged)));
    }

    /// <summary>Runs each subscriber without waiting for it: a slow or closed circuit must not hold up the comment's author.</summary>
    public void Publish(string userId)
    {
        if (!byUser.TryGetValue(userId, out var handlers))
        {
            return;
        }

        foreach (var handler in handlers.All)
        {
            _ = RunAsync(handler);
        }
    }

    private static async Task RunAsync(Func<Task> handler)
    {
        try
        {
            await handler();
        }
        catch (Exception exception) when (exception is ObjectDisposedException or InvalidOperationException or TaskCanceledException)
        {
            // The circuit closed between the publish and the recount; it unsubscribes as it goes, nothing to do.
        }
    }

    private sealed record ImmutableHandlers(IReadOnlyList<Func<Task>> All)
    {
        public ImmutableHandlers With(Func<Task> handler) => new([.. All, handler]);

        public ImmutableHandlers Without(Func<Task> handler) => new(All.Where(h => h != handler).ToList());
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
