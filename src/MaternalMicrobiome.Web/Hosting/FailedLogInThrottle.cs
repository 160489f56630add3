using System.Globalization;
using System.Threading.RateLimiting;

namespace MaternalMicrobiome.Web.Hosting;

/// <summary>
/// Counts failed log ins per client address, not per account: a stranger guessing passwords is slowed down after a
/// few failures, while the mother she targets still logs in from her own address (Identity's per-account lockout,
/// which anyone knowing her email could trigger, is off). Known and unknown emails count alike, so the throttle
/// reveals nothing about who has an account. Successful log ins are not counted, so a busy shared network is not
/// throttled by its own users.
/// </summary>
public sealed class FailedLogInThrottle : IDisposable
{
    public const string PermitLimitKey = "RateLimiting:FailedLogIns:PermitLimit";
    public const string WindowSecondsKey = "RateLimiting:FailedLogIns:WindowSeconds";
    public const int DefaultPermitLimit = 5;
    public const int DefaultWindowSeconds = 300;

    private readonly PartitionedRateLimiter<string> failures;

    public FailedLogInThrottle(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var permitLimit = configuration.GetValue(PermitLimitKey, DefaultPermitLimit);
        Window = TimeSpan.FromSeconds(configuration.GetValue(WindowSecondsKey, DefaultWindowSeconds));
        failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = Window, QueueLimit = 0 }));
    }

    public TimeSpan Window { get; }

    public string RetryAfterSeconds => Window.TotalSeconds.ToString(CultureInfo.InvariantCulture);

    /// <summary>True once this address has used up its failures for the current window.</summary>
    public bool IsThrottled(HttpContext context) => failures.GetStatistics(AddressOf(context))?.CurrentAvailablePermits <= 0;

    public void RecordFailure(HttpContext context)
    {
        using var lease = failures.AttemptAcquire(AddressOf(context));
    }

    public void Dispose() => failures.Dispose();

    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
