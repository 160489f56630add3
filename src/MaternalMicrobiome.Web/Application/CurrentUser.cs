using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// Who is calling, read from the authentication state (valid both in prerendering and in an interactive circuit,
/// where HttpContext is not). Services ask it for the user id instead of trusting one passed in by a page.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    public async Task<ClaimsPrincipal> GetPrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    /// <summary>The user id of a signed-in user in <paramref name="role"/>; anyone else is refused.</summary>
    public Task<string> RequireAsync(string role) => RequireAnyAsync(role);

    /// <summary>The user id of a signed-in user in any of <paramref name="roles"/>; anyone else is refused.</summary>
    public async Task<string> RequireAnyAsync(params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var principal = await GetPrincipalAsync();
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || userId is null)
        {
            throw new AccessDeniedException("Please sign in.");
        }

        if (!roles.Any(principal.IsInRole))
        {
            throw new AccessDeniedException();
        }

        return userId;
    }
}
