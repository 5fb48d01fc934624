using System.Globalization;
using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DebtHelp.Web.Tests.Support;

/// <summary>
/// The real site on a test host, reading a private copy of a content folder (so a test may edit files) and writing
/// its index into a private temp folder: the one host of the unit and browser tests. Variants are settings made
/// before the first request (<see cref="With"/>, <see cref="Watching"/>, <see cref="RateLimited"/>,
/// <see cref="StillLoading"/>, <see cref="UsingClock"/>, <see cref="OnKestrel"/>). As an xunit fixture it serves the fixture content and
/// hands out a ready <see cref="Client"/>; <see cref="RealContentSite"/>, <see cref="TemplateSite"/> and
/// <see cref="KestrelSite"/> are subclasses only because xunit needs a parameterless type per shared variant.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The test site's public address: every absolute URL it writes starts with this, whatever the request's host.</summary>
    public const string PublicBaseUrl = "https://kb.example.org";

    private readonly Dictionary<string, string?> _settings;
    private HttpClient? _client;
    private bool _stillLoading;
    private TimeProvider? _clock;
    private bool _configured;

    public SiteFactory()
        : this(TestPaths.FixtureContent)
    {
    }

    protected SiteFactory(string contentSource)
        : this(TempFolder.Create(), null, ownsWorkspace: true) =>
        TempFolder.CopyDirectory(contentSource, ContentRoot);

    private SiteFactory(string workspaceOrContentRoot, string? indexDirectory, bool ownsWorkspace)
    {
        OwnsWorkspace = ownsWorkspace;
        Workspace = ownsWorkspace ? workspaceOrContentRoot : Path.GetDirectoryName(workspaceOrContentRoot)!;
        ContentRoot = ownsWorkspace ? Path.Combine(Workspace, "content") : workspaceOrContentRoot;
        IndexDirectory = indexDirectory ?? Path.Combine(Workspace, "index");
        _settings = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Content:RootPath"] = ContentRoot,
            ["Content:Watch"] = "false",
            ["Content:ReloadDelayMilliseconds"] = "100",
            ["Index:Directory"] = IndexDirectory,
            ["Site:PublicBaseUrl"] = PublicBaseUrl,
            // Tests hammer search; the limit has tests of its own (RateLimited).
            ["RateLimiting:SearchPermitsPerMinute"] = "0",
            ["Serilog:MinimumLevel:Default"] = "Information",
            // The tests read the request lines (what they leave out of them, above all).
            ["RequestLog:EveryRequest"] = "true",
            ["Serilog:MinimumLevel:Override:DebtHelp.Search"] = "Information",
            ["Serilog:WriteTo:0:Name"] = "Console",
            ["Serilog:WriteTo:0:Args:restrictedToMinimumLevel"] = "Warning",
        };
    }

    /// <summary>A host over a private copy of <paramref name="contentSource"/>.</summary>
    public static SiteFactory Over(string contentSource) => new(contentSource);

    /// <summary>A second host over an existing content folder and index folder, as after a restart (it deletes neither).</summary>
    public static SiteFactory Restart(string contentRoot, string indexDirectory) => new(contentRoot, indexDirectory, ownsWorkspace: false);

    /// <summary>
    /// The site the browser tests drive: the repository's real content on real Kestrel, its public address the one the
    /// browser uses (share links, print lines and QR codes name it), the writers' views (/internal/*) answering this
    /// machine as an operator would configure it, and the search limit as shipped.
    /// </summary>
    public static SiteFactory ForBrowser()
    {
        var site = Over(TestPaths.RealContent).OnKestrel();
        return site.With("Site:PublicBaseUrl", $"http://127.0.0.1:{site.Port}")
            .With("Internal:AllowedNetworks:0", "127.0.0.1/32")
            .With("RateLimiting:SearchPermitsPerMinute", null);
    }

    /// <summary>Whether this host made (and so deletes) its workspace.</summary>
    private bool OwnsWorkspace { get; }

    public string Workspace { get; }

    public string ContentRoot { get; }

    public string IndexDirectory { get; }

    /// <summary>The Kestrel port (<see cref="OnKestrel"/>), or null on the in-memory test server.</summary>
    public int? Port { get; private set; }

    /// <summary>The address clients use: the Kestrel one, such as http://127.0.0.1:41234/, once started.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>Every log event the site wrote.</summary>
    public LogCapture Logs { get; } = new();

    public KnowledgeBaseHolder Holder => Services.GetRequiredService<KnowledgeBaseHolder>();

    public KnowledgeBaseService KnowledgeBase => Services.GetRequiredService<KnowledgeBaseService>();

    /// <summary>The shared client of a fixture (made ready by xunit through <see cref="IAsyncLifetime"/>).</summary>
    public HttpClient Client => _client ?? throw new InvalidOperationException("Client is made for an xunit fixture; call ReadyClientAsync on a host made in a test.");

    /// <summary>Sets one setting (null: leave it to the site's own default). Only before the host starts.</summary>
    public SiteFactory With(string key, string? value)
    {
        if (_configured)
        {
            throw new InvalidOperationException($"{key} was set after the host started");
        }

        _settings[key] = value;
        return this;
    }

    /// <summary>Reloads on content changes, as a writer's machine does.</summary>
    public SiteFactory Watching() => With("Content:Watch", "true");

    /// <summary>The search rate limit on, at <paramref name="searchesPerMinute"/> a minute per client.</summary>
    public SiteFactory RateLimited(int searchesPerMinute) =>
        With("RateLimiting:SearchPermitsPerMinute", searchesPerMinute.ToString(CultureInfo.InvariantCulture));

    /// <summary>The site as it is before its first index is loaded: the background loader is left out so that moment lasts.</summary>
    public SiteFactory StillLoading()
    {
        _stillLoading = true;
        return this;
    }

    /// <summary>The site's clock, for what depends on time (rate-limit windows, forgetting old entries).</summary>
    public SiteFactory UsingClock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    /// <summary>
    /// Real Kestrel on a loopback port picked up front (so settings can name it), for what only a real server does:
    /// client addresses, request limits, raw paths, a browser.
    /// </summary>
    public SiteFactory OnKestrel()
    {
        Port = FreePort.Pick();
        UseKestrel(Port.Value);
        return this;
    }

    /// <summary>A client (redirects not followed) for a host whose first index is loaded.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = Port is null
            ? CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            : new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address };
        await this.ReadyAsync();
        return client;
    }

    public async Task InitializeAsync() => _client = await ReadyClientAsync();

    /// <summary>xunit disposes the fixture through <see cref="IDisposable"/> as well; that does the work.</summary>
    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _configured = true;
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            if (value is not null)
            {
                builder.UseSetting(key, value);
            }
        }

        builder.ConfigureServices(services => services.AddSingleton<Serilog.Core.ILogEventSink>(Logs));
        if (_clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(_clock));
        }

        if (_stillLoading)
        {
            builder.ConfigureTestServices(services => services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService)
                && d.ImplementationFactory?.Method.DeclaringType?.Assembly == typeof(KnowledgeBaseService).Assembly)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _client?.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (OwnsWorkspace)
            {
                TempFolder.TryDelete(Workspace);
            }
        }
    }
}
