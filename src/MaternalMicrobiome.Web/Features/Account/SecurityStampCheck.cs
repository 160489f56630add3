using System.Security.Claims;
using MaternalMicrobiome.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>
/// Is a session still hers? Log out, a password change, a role change and account deletion all change (or remove) the
/// security stamp in the database, so a cookie or circuit carrying the old stamp is over on every instance at once.
/// One primary-key query and nothing else: Identity's own validator would also rebuild the principal (roles, claims)
/// and reissue the cookie on every request, which this check does not need since every change of role changes the stamp.
/// </summary>
public sealed class SecurityStampCheck(IDbContextFactory<AppDbContext> dbFactory, IOptions<IdentityOptions> identity)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(u => u.Id == userId && u.SecurityStamp == stamp, cancellationToken);
    }

    /// <summary>The sign-in cookie's check, on every request that carries one.</summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var check = context.HttpContext.RequestServices.GetRequiredService<SecurityStampCheck>();
        if (context.Principal is null || !await check.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
