using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>
/// TestServer requests have no client address; this lets a test say where each request comes from (the
/// <see cref="Header"/> header), so per-address limits can be tested with a stranger and a mother on different networks.
/// </summary>
public sealed class ClientAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
