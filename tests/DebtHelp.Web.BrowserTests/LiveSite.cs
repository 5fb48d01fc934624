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
        UseKestrel(0);
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
