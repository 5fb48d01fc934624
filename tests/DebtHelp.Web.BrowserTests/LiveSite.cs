using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DebtHelp.Web.BrowserTests;

/// <summary>
/// The real site on real Kestrel at a free loopback port (a browser cannot reach the in-memory TestServer), reading
/// the repository's own content/ so that journeys and screenshots show what readers see, with its index in a temp folder.
/// </summary>
public sealed class LiveSite : WebApplicationFactory<Program>
{
    public LiveSite()
    {
        IndexDirectory = Path.Combine(Path.GetTempPath(), "debthelp-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(IndexDirectory);
        // A port picked here, so the site's public address (Site:PublicBaseUrl: share links, print lines, QR codes) is
        // the address the browser uses.
        _port = FreePort();
        UseKestrel(_port);
    }

    private readonly int _port;

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public string IndexDirectory { get; }

    /// <summary>The address Kestrel bound, such as http://127.0.0.1:41234/.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.UseSetting("Content:Watch", "false");
        builder.UseSetting("Index:Directory", IndexDirectory);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Site:PublicBaseUrl", $"http://127.0.0.1:{_port}");
        // The writers' views (/internal/*) answer this machine, as an operator would configure it.
        builder.UseSetting("Internal:AllowedNetworks:0", "127.0.0.1/32");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(IndexDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
