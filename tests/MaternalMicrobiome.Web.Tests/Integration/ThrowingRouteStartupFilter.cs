using MaternalMicrobiome.Web.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// Adds, after the app's own pipeline (so inside its exception handler and request logging, where an endpoint runs),
/// one path that throws what a service throws for a signed-in user without the right: no real GET endpoint maps
/// <see cref="AccessDeniedException"/> today, since the role checks on endpoints redirect before any service runs.
/// </summary>
public sealed class ThrowingRouteStartupFilter : IStartupFilter
{
    public const string ForbiddenPath = "/test-only/forbidden";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path == ForbiddenPath
            ? throw new AccessDeniedException("Only the mother can log her meals.")
            : rest(context));
    };
}
