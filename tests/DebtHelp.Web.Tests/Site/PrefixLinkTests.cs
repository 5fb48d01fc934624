using System.Net;
using System.Xml.Linq;

namespace DebtHelp.Web.Tests.Site;

/// <summary>
/// Under /zh-hant and /zh-hk every address a page writes keeps the reader's script as it is written (path base,
/// sibling links in article bodies), with no rewriting of the finished page; files and data stay where they are.
/// </summary>
public sealed class PrefixLinkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly string[] Prefixes = ["/zh-hant", "/zh-hk"];

    private static readonly string[] Pages =
    [
        "/",
        "/articles/night-visits",
        "/topics/complaints",
        "/search?q=" + Uri.EscapeDataString("半夜有人来催债"),
        "/letters",
        "/articles/no-such-article",
    ];

    public static TheoryData<string, string> PagesUnderEachPrefix()
    {
        var data = new TheoryData<string, string>();
        foreach (var prefix in Prefixes)
        {
            foreach (var page in Pages)
            {
                data.Add(prefix, page);
            }
        }

        return data;
    }

    private static bool IsUnderAPrefix(string path) =>
        Prefixes.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase) || path.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase));

    /// <summary>Data and files, which are the same for every script: the API, stylesheets, scripts, icons, the manifest, the feed.</summary>
    private static bool IsFile(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0 && (segments[0] is "api" or "css" or "js" || segments[^1].Contains('.', StringComparison.Ordinal));
    }

    private async Task<(HttpStatusCode Status, IReadOnlyList<PageLink> Links, string Html)> LinksOnAsync(string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("http://localhost" + address, UriKind.Absolute));
        using var response = await site.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, PageLinks.On(html, address), html);
    }

    [Theory]
    [MemberData(nameof(PagesUnderEachPrefix))]
    public async Task Every_link_and_form_on_the_page_stays_under_the_prefix_while_files_and_data_do_not(string prefix, string page)
    {
        var (status, links, _) = await LinksOnAsync(prefix + page);

        Assert.Equal(page.Contains("no-such", StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK, status);
        Assert.Contains(links, l => l.Element == "form" && l.Target.AbsolutePath == prefix + "/search");
        Assert.Contains(links, l => l.Target.AbsolutePath.StartsWith("/css/", StringComparison.Ordinal));
        if (page.StartsWith("/search", StringComparison.Ordinal))
        {
            Assert.Contains(links, l => l.Target.AbsolutePath == prefix + "/articles/night-visits"); // a result
        }

        foreach (var link in links.Where(l => l.IsOnTestHost))
        {
            var path = link.Target.AbsolutePath;
            if (link.HrefLang == "zh-Hans")
            {
                Assert.False(IsUnderAPrefix(path), $"{prefix}{page}: the way back to simplified characters is under a prefix: {link}");
            }
            else if (link.HrefLang is not null)
            {
                Assert.StartsWith(link.HrefLang == "zh-Hant-HK" ? "/zh-hk/" : "/zh-hant/", path);
            }
            else if (IsFile(path))
            {
                Assert.False(IsUnderAPrefix(path), $"{prefix}{page}: a file got the prefix: {link}");
            }
            else
            {
                // The bare prefix is the home page too (Url.Page("/Index") writes it for the breadcrumb).
                Assert.True(path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal), $"{prefix}{page}: a link left the prefix: {link}");
            }
        }
    }

    [Theory]
    [InlineData("/zh-hant", "zh-Hant-TW")]
    [InlineData("/zh-hk", "zh-Hant-HK")]
    public async Task Links_in_an_article_body_open_the_other_article_in_the_same_script(string prefix, string lang)
    {
        var (_, links, _) = await LinksOnAsync(prefix + "/articles/night-visits");
        var body = links.Where(l => l.Element == "a" && l.Written.Length > 0 && !l.Written.StartsWith('/') && !l.Written.StartsWith('#') && l.IsOnTestHost).ToList();

        Assert.Contains(body, l => l.Target.AbsolutePath == prefix + "/articles/verify-identity");
        Assert.Contains(body, l => l.Target.AbsolutePath == prefix + "/articles/door-now");
        foreach (var link in body)
        {
            using var response = await site.Client.GetAsync(link.Target.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"<html lang=\"{lang}\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/zh-hant")]
    [InlineData("/zh-hk")]
    [InlineData("")]
    public async Task An_article_asked_for_with_a_trailing_slash_moves_to_its_address_so_its_sibling_links_resolve(string prefix)
    {
        using var response = await site.Client.GetAsync(prefix + "/articles/night-visits/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(prefix + "/articles/night-visits", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(SimplifiedPages))]
    public async Task The_simplified_pages_link_under_no_prefix_except_their_links_to_the_other_scripts(string page)
    {
        var (_, links, _) = await LinksOnAsync(page);

        Assert.NotEmpty(links);
        foreach (var link in links.Where(l => l.IsOnTestHost && l.HrefLang is null))
        {
            Assert.False(IsUnderAPrefix(link.Target.AbsolutePath), $"{page}: {link}");
        }
    }

    public static TheoryData<string> SimplifiedPages() => new(Pages);

    [Fact]
    public async Task The_feed_links_to_absolute_addresses_on_the_public_base_url()
    {
        var feed = XDocument.Parse(await site.Client.GetStringAsync("/feed.xml"));
        var hrefs = feed.Descendants().Select(e => (string?)e.Attribute("href")).OfType<string>().ToList();

        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.StartsWith(SiteFactory.PublicBaseUrl + "/", href));
        Assert.DoesNotContain(hrefs, href => href.Contains("/zh-h", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/zh-hant//evil.example/x")]
    [InlineData("/zh-hk//evil.example/articles/night-visits")]
    public async Task A_hostile_path_under_the_prefix_produces_no_off_site_link(string address)
    {
        var (status, links, _) = await LinksOnAsync(address);
        var prefix = address[..address.IndexOf("//", StringComparison.Ordinal)];

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain(links, l => l.Target.Host.Contains("evil", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(links, l => l.HrefLang == "zh-Hans" && l.Target.AbsolutePath == address[prefix.Length..].TrimStart('/').Insert(0, "/"));
        Assert.All(links.Where(l => l.IsOnTestHost && l.HrefLang is null && !IsFile(l.Target.AbsolutePath)),
            l => Assert.StartsWith(prefix + "/", l.Target.AbsolutePath));
    }
}
