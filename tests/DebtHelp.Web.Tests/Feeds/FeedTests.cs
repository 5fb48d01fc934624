using System.Net;
using System.Xml.Linq;
using DebtHelp.Web.Tests.Pages;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DebtHelp.Web.Tests.Feeds;

public sealed class FeedTests(TemplateSite site) : IClassFixture<TemplateSite>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>A client that calls the site by a public name over https, as a crawler would.</summary>
    private HttpClient PublicClient() =>
        site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://kb.example.org/"), AllowAutoRedirect = false });

    [Fact]
    public async Task Sitemap_lists_home_topics_and_articles_with_absolute_addresses_and_lastmod_from_updated()
    {
        using var response = await PublicClient().GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var lastmods = xml.Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")!.Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2026-11-20", lastmods["https://kb.example.org/"]);
        Assert.Equal("2026-11-20", lastmods["https://kb.example.org/topics/complaints"]);
        Assert.Equal("2026-11-01", lastmods["https://kb.example.org/topics/identity-checks"]);
        Assert.Equal("2026-11-01", lastmods["https://kb.example.org/articles/night-visits"]);
        Assert.Equal("2026-11-20", lastmods["https://kb.example.org/articles/" + TemplateSite.Slug]);
        Assert.Equal(5, lastmods.Keys.Count(k => k.Contains("/articles/", StringComparison.Ordinal)));
        // A topic without articles has no content to date and is left out.
        Assert.DoesNotContain("https://kb.example.org/topics/evidence", lastmods.Keys);
    }

    [Fact]
    public async Task Robots_txt_allows_everything_and_names_the_sitemap_at_the_public_address_whatever_host_was_asked()
    {
        var viaPublicName = await PublicClient().GetPageAsync("/robots.txt");
        var viaLocalhost = await site.Client.GetPageAsync("/robots.txt");

        Assert.Contains("User-agent: *\nAllow: /\n", viaPublicName);
        Assert.DoesNotContain("Disallow", viaPublicName);
        Assert.Contains("Sitemap: https://kb.example.org/sitemap.xml", viaPublicName);
        Assert.Contains("Sitemap: https://kb.example.org/sitemap.xml", viaLocalhost);
    }

    [Fact]
    public async Task Atom_feed_lists_articles_most_recently_updated_first_with_title_summary_link_and_updated()
    {
        using var response = await PublicClient().GetAsync("/feed.xml");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();
        var first = entries[0];

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://kb.example.org/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.Equal("2026-11-20T00:00:00+08:00", feed.Element(Atom + "updated")!.Value);
        Assert.Equal(5, entries.Count);
        Assert.Equal(TemplateSite.Title, first.Element(Atom + "title")!.Value);
        Assert.Equal(TemplateSite.Summary, first.Element(Atom + "summary")!.Value);
        Assert.Equal("https://kb.example.org/articles/" + TemplateSite.Slug, first.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("2026-11-20T00:00:00+08:00", first.Element(Atom + "updated")!.Value);
        Assert.All(entries.Skip(1), e => Assert.Equal("2026-11-01T00:00:00+08:00", e.Element(Atom + "updated")!.Value));
        Assert.All(entries, e => Assert.NotEmpty(e.Element(Atom + "id")!.Value));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/night-visits")]
    [InlineData("/letters")]
    public async Task Every_page_points_feed_readers_at_the_feed(string path)
    {
        var html = await site.Client.GetPageAsync(path);

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", html);
        Assert.Contains("href=\"/feed.xml\"", html);
    }
}
