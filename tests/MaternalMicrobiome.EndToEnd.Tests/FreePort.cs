using System.Net;
using System.Net.Sockets;

namespace MaternalMicrobiome.EndToEnd.Tests;

/// <summary>A loopback port nobody listens on right now, for processes whose port must be known before they start.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
