using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Site;

namespace DebtHelp.Web.Feeds;

public static class FeedEndpoints
{
    public const string AtomContentType = "application/atom+xml; charset=utf-8";

    /// <summary><c>/sitemap.xml</c>, <c>/robots.txt</c> and <c>/feed.xml</c>, written from the current snapshot.</summary>
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", (HttpRequest request, KnowledgeBaseSnapshot snapshot) =>
            Results.Bytes(Sitemap.Write(snapshot, SiteAddress.Root(request)), "application/xml; charset=utf-8"))
            .CacheOutput(PageCaching.PolicyName);

        app.MapGet("/feed.xml", (HttpRequest request, KnowledgeBaseSnapshot snapshot) =>
            Results.Bytes(AtomFeed.Write(snapshot, SiteAddress.Root(request)), AtomContentType))
            .CacheOutput(PageCaching.PolicyName);

        // Everything may be crawled: the site has nothing private, and search result pages say noindex themselves.
        app.MapGet("/robots.txt", (HttpRequest request) => Results.Text(
            $"User-agent: *\nAllow: /\n\nSitemap: {SiteAddress.Root(request)}/sitemap.xml\n",
            "text/plain; charset=utf-8"))
            .CacheOutput(PageCaching.PolicyName);
        return app;
    }
}
