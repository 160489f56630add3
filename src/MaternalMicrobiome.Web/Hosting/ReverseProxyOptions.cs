namespace MaternalMicrobiome.Web.Hosting;

/// <summary>Settings of the <c>ReverseProxy</c> section: whether to trust a proxy's X-Forwarded-For/-Proto headers.</summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>Off by default: an app reachable directly must not believe a client's own forwarded headers.</summary>
    public bool Enabled { get; set; }

    /// <summary>IP addresses of the proxies to trust besides loopback (ASP.NET Core's default), e.g. the load balancer.</summary>
    public IList<string> KnownProxies { get; } = [];
}
