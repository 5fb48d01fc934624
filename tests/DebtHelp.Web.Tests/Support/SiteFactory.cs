using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DebtHelp.Web.Tests.Support;

/// <summary>
/// The real site on a test host, reading a private copy of a content folder (so a test may edit files) and
/// writing its index into a private temp folder.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    public SiteFactory(string? contentSource = null, bool watch = false)
    {
        Workspace = TempFolder.Create();
        ContentRoot = Path.Combine(Workspace, "content");
        IndexDirectory = Path.Combine(Workspace, "index");
        TempFolder.CopyDirectory(contentSource ?? TestPaths.FixtureContent, ContentRoot);
        Watch = watch;
        OwnsWorkspace = true;
    }

    /// <summary>The test site's public address: every absolute URL it writes starts with this, whatever the request's host.</summary>
    public const string PublicBaseUrl = "https://kb.example.org";

    private SiteFactory(string contentRoot, string indexDirectory)
    {
        Workspace = Path.GetDirectoryName(contentRoot)!;
        ContentRoot = contentRoot;
        IndexDirectory = indexDirectory;
    }

    /// <summary>A second host over an existing content folder and index folder, as after a restart (it deletes neither).</summary>
    public static SiteFactory Restart(string contentRoot, string indexDirectory) => new(contentRoot, indexDirectory);

    /// <summary>Whether this host made (and so deletes) its workspace.</summary>
    private bool OwnsWorkspace { get; }

    public string Workspace { get; }

    public string ContentRoot { get; }

    public string IndexDirectory { get; }

    public bool Watch { get; }

    /// <summary>Every log event the site wrote.</summary>
    public LogCapture Logs { get; } = new();

    public KnowledgeBaseHolder Holder => Services.GetRequiredService<KnowledgeBaseHolder>();

    public KnowledgeBaseService KnowledgeBase => Services.GetRequiredService<KnowledgeBaseService>();

    /// <summary>A client for a host whose first index is loaded.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await this.ReadyAsync();
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:RootPath", ContentRoot);
        builder.UseSetting("Content:Watch", Watch ? "true" : "false");
        builder.UseSetting("Content:ReloadDelayMilliseconds", "100");
        builder.UseSetting("Index:Directory", IndexDirectory);
        builder.UseSetting("Site:PublicBaseUrl", PublicBaseUrl);
        // Tests hammer search; the limit has a test of its own.
        builder.UseSetting("RateLimiting:SearchPermitsPerMinute", "0");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        // The tests read the request lines (what they leave out of them, above all).
        builder.UseSetting("RequestLog:EveryRequest", "true");
        builder.UseSetting("Serilog:MinimumLevel:Override:DebtHelp.Search", "Information");
        builder.UseSetting("Serilog:WriteTo:0:Name", "Console");
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (OwnsWorkspace)
            {
                TempFolder.TryDelete(Workspace);
            }
        }
    }
}
