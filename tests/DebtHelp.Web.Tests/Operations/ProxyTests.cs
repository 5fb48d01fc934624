using System.Net;
using System.Text.RegularExpressions;

namespace DebtHelp.Web.Tests.Operations;

/// <summary>Real nginx in front of the published site, real sockets from several loopback addresses (127.0.0.x readers).</summary>
public sealed partial class ProxyTests(ProxiedSite site) : IClassFixture<ProxiedSite>
{
    private const string Search = "/search?q=%E4%B8%8A%E9%97%A8"; // 上门

    [Fact]
    public async Task Each_reader_behind_the_proxy_gets_their_own_search_budget()
    {
        using var first = site.ReaderThroughProxy("127.0.0.2");
        using var second = site.ReaderThroughProxy("127.0.0.3");
        for (var i = 0; i < ProxiedSite.SearchesPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(new Uri(Search, UriKind.Relative))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync(new Uri(Search, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(new Uri(Search, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_forwarded_for_header_sent_by_a_reader_does_not_buy_a_new_budget()
    {
        using var reader = site.ReaderThroughProxy("127.0.0.4");
        for (var i = 0; i < ProxiedSite.SearchesPerMinute; i++)
        {
            await reader.GetAsync(new Uri(Search, UriKind.Relative));
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Search, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await reader.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_known_proxy_are_ignored()
    {
        // Claiming to be the monitoring host opens nothing: 127.0.0.5 is not a trusted proxy.
        using var stranger = site.Direct("127.0.0.5");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/internal/search-gaps", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", ProxiedSite.MonitoringAddress);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.SendAsync(request)).StatusCode);

        using var monitoring = site.Direct(ProxiedSite.MonitoringAddress);
        Assert.Equal(HttpStatusCode.OK, (await monitoring.GetAsync(new Uri("/internal/search-gaps", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Absolute_addresses_come_from_the_public_base_url_whatever_host_the_request_names()
    {
        using var reader = site.ReaderThroughProxy("127.0.0.6");
        async Task<string> Get(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Host = "evil.example";
            using var response = await reader.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        var article = await Get("/articles/night-visits");
        Assert.Contains($"<link rel=\"canonical\" href=\"{ProxiedSite.PublicBaseUrl}/articles/night-visits\">", article, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", article, StringComparison.Ordinal);
        foreach (var text in new[] { await Get("/sitemap.xml"), await Get("/feed.xml"), await Get("/robots.txt") })
        {
            Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(AbsoluteHttpUrl(), text);
        }

        Assert.Contains($"Sitemap: {ProxiedSite.PublicBaseUrl}/sitemap.xml", await Get("/robots.txt"), StringComparison.Ordinal);
        Assert.Contains($"<loc>{ProxiedSite.PublicBaseUrl}/articles/night-visits</loc>", await Get("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hsts_is_sent_because_the_public_address_is_https()
    {
        using var reader = site.ReaderThroughProxy("127.0.0.7");
        using var response = await reader.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData("/internal/search-gaps")]
    [InlineData("/zh-hk/internal/search-gaps")]
    [InlineData("/ZH-HANT/Internal/feedback")]
    [InlineData("/metrics")]
    [InlineData("/zh-hk/metrics")]
    [InlineData("/healthz/ready")]
    public async Task The_private_paths_are_closed_through_the_proxy(string path)
    {
        using var monitoringThroughProxy = site.ReaderThroughProxy(ProxiedSite.MonitoringAddress);
        Assert.Equal(HttpStatusCode.NotFound, (await monitoringThroughProxy.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
    }

    /// <summary>An absolute http:// address to this site (the public one is https; the W3C and schema URLs are not the site's).</summary>
    [GeneratedRegex(@"http://(?!www\.w3\.org|www\.sitemaps\.org|schema\.org)[a-z0-9.\-]+(:\d+)?/", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteHttpUrl();
}
