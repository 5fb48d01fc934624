namespace DebtHelp.Web.Tests.Operations;

/// <summary>The published site behind a real nginx on loopback, configured as deploy/ ships it (xunit class fixture).</summary>
public sealed class ProxiedSite : IDisposable
{
    public const string PublicBaseUrl = "https://kb.example.org";

    /// <summary>The monitoring host's address: may read /internal and /metrics on the site's own port.</summary>
    public const string MonitoringAddress = "127.0.0.9";

    public const int SearchesPerMinute = 3;

    public ProxiedSite()
    {
        App = new PublishedApp(new Dictionary<string, string>
        {
            ["Site__PublicBaseUrl"] = PublicBaseUrl,
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            ["Internal__AllowedNetworks__0"] = MonitoringAddress + "/32",
            ["RateLimiting__SearchPermitsPerMinute"] = SearchesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        App.WaitReadyAsync().GetAwaiter().GetResult();
        Proxy = new NginxProxy(App.Port);
    }

    public PublishedApp App { get; }

    public NginxProxy Proxy { get; }

    /// <summary>A reader at <paramref name="address"/> going through nginx.</summary>
    public HttpClient ReaderThroughProxy(string address)
    {
        var client = PublishedApp.ClientFrom(address, Proxy.BaseAddress);
        // What the kit's TLS server block sets from $scheme.
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    /// <summary>A client at <paramref name="address"/> talking to the site's port directly, past the proxy.</summary>
    public HttpClient Direct(string address) => PublishedApp.ClientFrom(address, App.BaseAddress);

    public void Dispose()
    {
        Proxy.Dispose();
        App.Dispose();
    }
}
