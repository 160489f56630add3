using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>
/// Re-checks the security stamp of a connected circuit's user every few seconds (<see cref="IntervalKey"/>, default
/// <see cref="DefaultIntervalSeconds"/>), so log out elsewhere, a changed password, a changed role or a deleted account
/// signs an open tab out on whichever instance holds it (the Blazor Identity template's provider, with a short interval).
/// A deactivation or role change on this instance (<see cref="SessionEndSignal"/>) signs the circuit out at once.
/// </summary>
public sealed class IdentityRevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    public const string IntervalKey = "Security:CircuitRevalidationSeconds";
    public const double DefaultIntervalSeconds = 10;

    private readonly IServiceScopeFactory scopeFactory;
    private readonly SessionEndSignal sessionEnds;

    public IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IConfiguration configuration,
        SessionEndSignal sessionEnds)
        : base(loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(sessionEnds);
        this.scopeFactory = scopeFactory;
        this.sessionEnds = sessionEnds;
        RevalidationInterval = TimeSpan.FromSeconds(
            double.TryParse(configuration[IntervalKey], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : DefaultIntervalSeconds);
        sessionEnds.Ended += SignOutIfHers;
    }

    protected override TimeSpan RevalidationInterval { get; }

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecurityStampCheck>().IsCurrentAsync(authenticationState.User, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sessionEnds.Ended -= SignOutIfHers;
        }

        base.Dispose(disposing);
    }

    private void SignOutIfHers(string userId)
    {
        // The state task of a connected circuit is complete; one still pending (prerendering) has no circuit to sign out.
        var current = GetAuthenticationStateAsync();
        if (current.IsCompletedSuccessfully && current.Result.User.FindFirstValue(ClaimTypes.NameIdentifier) == userId)
        {
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
    }
}
