using AngleSharp.Html.Parser;

namespace DebtHelp.Web.Tests.Support;

/// <summary>One address written on a page: the element, what its attribute says, and where a browser on that page goes.</summary>
public sealed record PageLink(string Element, string? HrefLang, string Written, Uri Target)
{
    /// <summary>An address on the test site itself (not tel:, not another host, not the public base URL).</summary>
    public bool IsOnTestHost => Target.Scheme == Uri.UriSchemeHttp && Target.Host == PageLinks.Origin.Host;

    public override string ToString() => $"<{Element}> \"{Written}\" -> {Target}";
}

/// <summary>Every link, form and file address on a page, resolved against the page's own address as a browser resolves it.</summary>
public static class PageLinks
{
    public static readonly Uri Origin = new("http://localhost");

    private const string Addressed = "a[href], form[action], button[formaction], link[href], script[src], img[src]";

    public static IReadOnlyList<PageLink> On(string html, string pageAddress)
    {
        // Concatenated, not new Uri(Origin, ...): a page asked for as //evil.example/x is still a page on this host.
        var page = new Uri("http://localhost" + pageAddress, UriKind.Absolute);
        return new HtmlParser().ParseDocument(html).QuerySelectorAll(Addressed).Select(e =>
        {
            var written = e.GetAttribute("href") ?? e.GetAttribute("action") ?? e.GetAttribute("formaction") ?? e.GetAttribute("src")!;
            return new PageLink(e.LocalName, e.GetAttribute("hreflang"), written, new Uri(page, written));
        }).ToList();
    }
}
