using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MaternalMicrobiome.Web.Features.Account;

/// <summary>Redirects after a static-rendered account form, refusing open redirects to other sites.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    /// <summary>Goes to a page the app itself chose (relative to the base, such as "today").</summary>
    public void RedirectTo(string uri) => navigationManager.NavigateTo(uri);

    /// <summary>
    /// Goes to the visitor-supplied <paramref name="returnUrl"/> only when it is a path on this site; anything else
    /// (another host, <c>//evil</c>, <c>/\evil</c>, <c>javascript:</c>) is ignored for <paramref name="home"/>, so a
    /// crafted link can neither send her elsewhere nor fail the form after it has done its work.
    /// </summary>
    public void RedirectToReturnUrl(string? returnUrl, string home)
    {
        if (string.IsNullOrEmpty(returnUrl) || !RedirectHttpResult.IsLocalUrl(returnUrl))
        {
            navigationManager.NavigateTo(home);
            return;
        }

        navigationManager.NavigateTo(returnUrl.StartsWith("~/", StringComparison.Ordinal) ? returnUrl[1..] : returnUrl);
    }
}
