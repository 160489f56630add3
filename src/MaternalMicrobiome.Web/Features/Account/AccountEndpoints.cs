using MaternalMicrobiome.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MaternalMicrobiome.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>Log out is a POST with an antiforgery token (a GET could be triggered by any page).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async (HttpContext context, [FromServices] IAntiforgery antiforgery, [FromServices] SignInManager<AppUser> signInManager, [FromServices] UserManager<AppUser> userManager) =>
        {
            // No form is bound here, so the antiforgery middleware alone would let a cross-site POST sign her out.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            // A new stamp ends every session of hers, including a copy of this cookie and her other devices.
            if (await userManager.GetUserAsync(context.User) is { } user)
            {
                await userManager.UpdateSecurityStampAsync(user);
            }

            await signInManager.SignOutAsync();
            return Results.LocalRedirect("~/");
        });
        return endpoints;
    }
}
