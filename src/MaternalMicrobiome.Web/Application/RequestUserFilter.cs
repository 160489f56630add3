using Microsoft.AspNetCore.Components.Authorization;

namespace MaternalMicrobiome.Web.Application;

/// <summary>
/// The endpoint filter every feature's endpoints use: services read the caller from the authentication state, as in a
/// Blazor circuit; on an HTTP endpoint that state is the request's user.
/// </summary>
public static class RequestUserFilter
{
    public static ValueTask<object?> ShareRequestUserWithServices(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var provider = context.HttpContext.RequestServices.GetRequiredService<AuthenticationStateProvider>();
        if (provider is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.HttpContext.User)));
        }

        return next(context);
    }
}
