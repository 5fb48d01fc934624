using System.Net;
using System.Net.Sockets;

namespace DebtHelp.Web.Tests.Support;

public static class FreePort
{
    /// <summary>
    /// A loopback port free right now, picked up front so a server's own address (its public base URL, an upstream
    /// line) can name it before it starts: port 0 on a factory made by WithWebHostBuilder was seen to fall back to 5000.
    /// </summary>
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
