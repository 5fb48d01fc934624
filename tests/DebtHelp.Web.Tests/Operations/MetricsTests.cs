using System.Net;

namespace DebtHelp.Web.Tests.Operations;

/// <summary>Prometheus metrics on /metrics for the configured network only, with the framework's HTTP figures and the site's own.</summary>
public sealed class MetricsTests
{
    private const string Monitoring = "127.0.0.9";

    [Fact]
    public async Task Metrics_are_served_to_the_configured_network_only_and_hold_the_http_and_search_figures()
    {
        using var app = new PublishedApp(new Dictionary<string, string> { ["Internal__AllowedNetworks__0"] = Monitoring + "/32" });
        await app.WaitReadyAsync();
        using var reader = PublishedApp.ClientFrom("127.0.0.20", app.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri("/articles/night-visits", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri("/api/search?q=%E4%B8%8A%E9%97%A8", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri("/api/search?q=zzzqqq", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString("我真的撑不下去了想死"), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);

        using var monitoring = PublishedApp.ClientFrom(Monitoring, app.BaseAddress);
        await Task.Delay(1_000); // the exporter caches a scrape for a moment
        using var response = await monitoring.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        foreach (var series in new[]
                 {
                     "http_server_request_duration_seconds_bucket", "kestrel_active_connections",
                     "debthelp_search_duration_seconds_bucket", "debthelp_search_requests_total", "debthelp_search_no_result_total",
                     "debthelp_search_confidence_total", "debthelp_search_crisis_total",
                     "debthelp_index_rebuilds_total", "debthelp_index_rebuild_duration_seconds_bucket",
                 })
        {
            Assert.Contains(series, text, StringComparison.Ordinal);
        }

        Assert.Matches(@"debthelp_search_requests_total\{[^}]*\} 3\b|debthelp_search_requests_total 3\b", text);
        Assert.Matches(@"debthelp_search_no_result_total(\{[^}]*\})? 1\b", text);
        Assert.Matches(@"debthelp_search_confidence_total\{[^}]*confidence=""none""[^}]*\} [12]\b", text);
        Assert.Matches(@"debthelp_search_confidence_total\{[^}]*confidence=""high""[^}]*\} [12]\b", text);
        Assert.Matches(@"debthelp_search_crisis_total(\{[^}]*\})? 1\b", text);
    }
}
