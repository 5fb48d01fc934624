using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DebtHelp.Web.Pages;
using Xunit.Abstractions;
using DebtHelp.Web.Site;

namespace DebtHelp.Web.Tests.Pages;

/// <summary>
/// Readers come on phones with poor signal, often from a search engine with nothing cached, so every page is weighed
/// as a first visit: the compressed HTML plus every stylesheet and script it links, each counted in full. The test host
/// runs the site's own response compression, so the bytes read here are the bytes a browser sending
/// <c>Accept-Encoding: br, gzip</c> receives (Brotli at the level the server is configured with).
/// </summary>
public sealed partial class PageWeightTests(RealContentSite site, ITestOutputHelper output) : IClassFixture<RealContentSite>
{
    /// <summary>Bytes, not KiB: 30 KB = 30,000 bytes.</summary>
    private const int ArticleBudget = 30_000;

    /// <summary>The page read by someone with a collector at the door: half an article's budget.</summary>
    private const int EmergencyBudget = 15_000;

    private static readonly string[] UrgentPages = ["/articles/crisis-support", "/articles/rights-card"];

    private readonly HttpClient _client = site.Client;

    [Fact]
    public async Task Every_article_page_with_its_css_is_under_30_KB_compressed()
    {
        var articles = (await SitePathsAsync()).Where(p => p.StartsWith("/articles/", StringComparison.Ordinal)).ToList();
        var files = Directory.GetFiles(Path.Combine(TestPaths.RealContent, "articles"), "*.md").Length;
        Assert.True(articles.Count == files, $"the sitemap lists {articles.Count} articles but content/articles holds {files} files: every article must be weighed");

        var weights = await WeighAllAsync(articles);

        var tooHeavy = weights.Where(w => w.Total >= ArticleBudget).Select(w => w.ToString()).ToList();
        Assert.True(tooHeavy.Count == 0,
            $"article pages at or over {ArticleBudget} bytes compressed (HTML + CSS); trim the page's markup or the stylesheet, "
            + "or split the article:\n" + string.Join("\n", tooHeavy));
    }

    [Fact]
    public async Task The_emergency_article_is_the_lightest_article_but_the_other_urgent_pages_and_all_are_under_15_KB_with_their_css()
    {
        var others = (await SitePathsAsync()).Append("/letters").Where(p => p != SiteText.EmergencyPath).ToList();
        var emergency = await WeighAsync(SiteText.EmergencyPath);
        var traditional = await WeighAsync("/zh-hant" + SiteText.EmergencyPath);
        output.WriteLine("emergency: " + emergency);
        output.WriteLine("emergency (繁體): " + traditional);

        var weights = await WeighAllAsync(others);

        Assert.True(emergency.Total < EmergencyBudget, $"the emergency page is {emergency}; it must stay under {EmergencyBudget} bytes with its CSS");
        Assert.True(traditional.Total < EmergencyBudget, $"the emergency page in 繁體 is {traditional}; it must stay under {EmergencyBudget} bytes with its CSS");
        // The crisis page and the one-page rights card are meant to be as short as the emergency page: a reader in
        // crisis or printing the card is on the same slow phone. They share its budget; every other page is heavier.
        var urgent = weights.Where(w => UrgentPages.Contains(w.Path, StringComparer.Ordinal)).ToList();
        Assert.True(urgent.Count == UrgentPages.Length, "expected to weigh " + string.Join(", ", UrgentPages));
        var tooHeavyUrgent = urgent.Where(w => w.Total >= EmergencyBudget).Select(w => w.ToString()).ToList();
        Assert.True(tooHeavyUrgent.Count == 0, $"urgent pages must stay under {EmergencyBudget} bytes with their CSS:\n" + string.Join("\n", tooHeavyUrgent));
        // Article pages carry the same furniture (breadcrumbs, share, feedback); the home and index pages do not, so
        // the comparison is with the other articles.
        var lighter = weights.Except(urgent).Where(w => w.Path.StartsWith("/articles/", StringComparison.Ordinal) && w.Total <= emergency.Total)
            .Select(w => w.ToString()).ToList();
        Assert.True(lighter.Count == 0,
            $"the emergency page ({emergency.Total} bytes) must be lighter than every article but the other urgent ones; these are as light or lighter:\n" + string.Join("\n", lighter));
    }

    [Fact]
    public async Task The_measure_is_the_compressed_size_a_browser_receives()
    {
        using var compressed = await GetAsync(SiteText.EmergencyPath, compressed: true);
        using var plain = await GetAsync(SiteText.EmergencyPath, compressed: false);

        Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.True((await compressed.Content.ReadAsByteArrayAsync()).Length * 2 < (await plain.Content.ReadAsByteArrayAsync()).Length);
    }

    /// <summary>Every page the sitemap lists (home, topics, articles), as site paths.</summary>
    private async Task<List<string>> SitePathsAsync()
    {
        var sitemap = XDocument.Parse(await _client.GetPageAsync("/sitemap.xml"));
        return sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Select(loc => new Uri(loc.Value).AbsolutePath)
            .ToList();
    }

    private async Task<List<PageWeight>> WeighAllAsync(IEnumerable<string> paths)
    {
        var weights = new List<PageWeight>();
        foreach (var path in paths)
        {
            weights.Add(await WeighAsync(path));
        }

        foreach (var weight in weights.OrderByDescending(w => w.Total))
        {
            output.WriteLine(weight.ToString());
        }

        return weights;
    }

    private async Task<PageWeight> WeighAsync(string path)
    {
        var (status, html) = await CompressedBytesAsync(path);
        Assert.True(status == HttpStatusCode.OK, $"{path} answered {(int)status}");

        using var page = await GetAsync(path, compressed: false);
        var markup = await page.Content.ReadAsStringAsync();
        var assets = 0;
        foreach (var asset in LinkedAssets().Matches(markup).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).Distinct())
        {
            var (assetStatus, bytes) = await CompressedBytesAsync(asset);
            Assert.True(assetStatus == HttpStatusCode.OK, $"{path} links {asset}, which answered {(int)assetStatus}");
            assets += bytes;
        }

        return new PageWeight(path, html, assets);
    }

    private async Task<(HttpStatusCode Status, int Bytes)> CompressedBytesAsync(string path)
    {
        using var response = await GetAsync(path, compressed: true);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.Content.Headers.ContentEncoding.Count == 1, $"{path} came back uncompressed; the weights assume the site compresses text");
        return (response.StatusCode, body.Length);
    }

    private Task<HttpResponseMessage> GetAsync(string path, bool compressed) =>
        _client.GetWithHeadersAsync(path, compressed ? [("Accept-Encoding", "br, gzip")] : []);

    /// <summary>Stylesheets and scripts a page makes the browser fetch before it is usable.</summary>
    [GeneratedRegex("<(?:link\\b[^>]*\\brel=\"stylesheet\"[^>]*\\bhref|script\\b[^>]*\\bsrc)=\"(?<url>/[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LinkedAssets();

    private sealed record PageWeight(string Path, int Html, int Assets)
    {
        public int Total => Html + Assets;

        public override string ToString() => $"{Path}: {Total} bytes ({Html} HTML + {Assets} CSS/JS)";
    }
}
