using MaternalMicrobiome.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MaternalMicrobiome.Web.Components.Account;

public static class AccountEndpoints
{
    /// <summary>Log out is a POST with an antiforgery token (a GET could be triggered by any page).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async ([FromServices] SignInManager<AppUser> signInManager) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/");
        });
        return endpoints;
    }
}
