using DebtHelp.Web.Infrastructure;

namespace DebtHelp.Web.Feeds;

public static class FeedsSetup
{
    /// <summary>
    /// The 繁體 prefix, then routing, then the sitemap, robots.txt and Atom feed. Called before <see cref="WebSetup.UseSite"/>:
    /// the prefix has to be gone before routing picks the endpoint (which the output cache and the search rate limit
    /// read), so routing is placed here explicitly instead of at the very start, where the host would put it.
    /// </summary>
    public static WebApplication UseTraditionalChineseAndFeeds(this WebApplication app)
    {
        app.UseTraditionalChinesePrefix();
        app.UseRouting();
        app.MapFeeds();
        return app;
    }
}
