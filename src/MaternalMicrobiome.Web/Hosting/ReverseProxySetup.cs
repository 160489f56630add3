using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MaternalMicrobiome.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy (nginx) the app sees plain HTTP from the proxy's address. With
/// <c>ReverseProxy:Enabled</c> it takes the client's scheme and address from X-Forwarded-Proto and X-Forwarded-For, so
/// the sign-in cookie is marked Secure, HSTS is sent and the request log shows the mother's address, not the proxy's.
/// The Host header is not taken from X-Forwarded-Host: the proxy passes the original Host itself.
/// </summary>
public static class ReverseProxySetup
{
    public static IServiceCollection AddAppReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
    }

    /// <summary>First in the pipeline, so everything after it sees the client's scheme and address.</summary>
    public static IApplicationBuilder UseAppForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetValue($"{ReverseProxyOptions.Section}:Enabled", false) ? app.UseForwardedHeaders() : app;
    }
}
