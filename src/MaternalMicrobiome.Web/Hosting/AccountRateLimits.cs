using System.Globalization;
using System.Threading.RateLimiting;

namespace MaternalMicrobiome.Web.Hosting;

/// <summary>
/// A fixed window per client IP on the log in, register, forgot-password, reset-password and resend-confirmation POSTs,
/// so one address cannot guess passwords across many accounts, probe emails or send mail to many people quickly; failed log ins are also throttled on their own (FailedLogInThrottle). Page GETs and everything else are not limited.
/// </summary>
public static class AccountRateLimits
{
    public const string PermitLimitKey = "RateLimiting:AccountPosts:PermitLimit";
    public const string WindowSecondsKey = "RateLimiting:AccountPosts:WindowSeconds";
    public const int DefaultPermitLimit = 20;
    public const int DefaultWindowSeconds = 60;
    public const string RejectedMessage = "Too many attempts from your network. Wait a minute, then try again.";

    private static readonly PathString[] LimitedPaths =
        ["/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/ResendEmailConfirmation"];

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permitLimit = configuration.GetValue(PermitLimitKey, DefaultPermitLimit);
        var window = TimeSpan.FromSeconds(configuration.GetValue(WindowSecondsKey, DefaultWindowSeconds));
        services.AddSingleton<FailedLogInThrottle>();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && LimitedPaths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase))
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // A body of our own, so the status code pages do not turn the 429 into "Page not found".
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = window.TotalSeconds.ToString(CultureInfo.InvariantCulture);
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsync(RejectedMessage, cancellationToken);
            };
        });
        return services;
    }
}
