using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>
/// Re-checks the security stamp of a connected circuit's user every few seconds (<see cref="IntervalKey"/>, default
/// <see cref="DefaultIntervalSeconds"/>), so log out elsewhere, a changed password, a changed role or a deleted account
/// signs an open tab out on whichever instance holds it (the Blazor Identity template's provider, with a short interval).
/// </summary>
public sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public const string IntervalKey = "Security:CircuitRevalidationSeconds";
    public const double DefaultIntervalSeconds = 10;

    protected override TimeSpan RevalidationInterval { get; } = TimeSpan.FromSeconds(
        double.TryParse(configuration[IntervalKey], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : DefaultIntervalSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecurityStampCheck>().IsCurrentAsync(authenticationState.User, cancellationToken);
    }
}
