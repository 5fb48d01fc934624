using AngleSharp.Html.Parser;

namespace DebtHelp.Web.Tests.Security;

/// <summary>Every link the site writes points at the site itself, whatever address the page was asked under.</summary>
public sealed class OffSiteLinkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string> Addresses => new()
    {
        "/zh-hant//evil.example/x",
        "/zh-hant/%5Cevil.example",
        "/zh-hant/%5C%5Cevil.example/x",
        "/zh-hant//evil.example/search?q=%E5%82%AC%E6%94%B6",
        "/ZH-HANT///evil.example/articles/night-visits",
        "/zh-hant/%2F%2Fevil.example",
        "/zh-hant/\\/evil.example",
        "/zh-hant/%09/evil.example",
        "/zh-hant/%20%2F%5Cevil.example",
        "//evil.example/x",
        "/%5Cevil.example",
        "/zh-hant/articles/night-visits",
    };

    /// <summary>Same-site: a path with one leading slash or none, a fragment, the page itself, a phone number, or this site's own absolute address.</summary>
    private static bool StaysOnSite(string url) =>
        url.Length == 0 || url.StartsWith('#') || url.StartsWith("tel:", StringComparison.Ordinal)
        // Absolute addresses of this same site (hreflang alternates, built from Site:PublicBaseUrl).
        || url.StartsWith(SiteFactory.PublicBaseUrl + "/", StringComparison.Ordinal)
        || (url.StartsWith('/') && (url.Length == 1 || !(url[1] is '/' or '\\' || char.IsWhiteSpace(url[1]) || char.IsControl(url[1]))))
        // A path relative to the page (article bodies link to sibling articles): no scheme, no leading slash.
        || (!(url[0] is '/' or '\\' || char.IsWhiteSpace(url[0]) || char.IsControl(url[0])) && !url.Split('/', '?', '#')[0].Contains(':', StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_link_and_form_on_the_page_stays_on_the_site(string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("http://localhost" + address, UriKind.Absolute));
        using var response = await site.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);

        Assert.NotNull(document.QuerySelector("a.script-switch"));
        foreach (var element in document.QuerySelectorAll("a[href], form[action], link[href]:not([rel=canonical])"))
        {
            var url = element.GetAttribute("href") ?? element.GetAttribute("action")!;
            Assert.True(StaysOnSite(url.Trim()), $"{address}: <{element.LocalName}> points off-site: {url}");
        }
    }
}
