using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DebtHelp.Web.Tests.Support;

/// <summary>The test site with the search rate limit on, at <c>permitsPerMinute</c> searches a minute per client.</summary>
public sealed class RateLimitedSite(int permitsPerMinute) : IDisposable
{
    private readonly SiteFactory _inner = new();
    private WebApplicationFactory<Program>? _limited;

    public async Task<HttpClient> ReadyClientAsync()
    {
        _limited ??= _inner.WithWebHostBuilder(b => b.UseSetting("RateLimiting:SearchPermitsPerMinute", permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var client = _limited.CreateClient();
        await _limited.ReadyAsync();
        return client;
    }

    public void Dispose()
    {
        _limited?.Dispose();
        _inner.Dispose();
    }
}
