namespace DebtHelp.Web.Site;

/// <summary>
/// The addresses of the site's pages, for code that is not a page (the search API, feeds). Pages and views use
/// <c>asp-page</c> / <c>Url.Page</c>, which also keep the 繁體 path base.
/// </summary>
public static class SiteLinks
{
    public static string Article(string slug, string anchor = "") =>
        "/articles/" + slug + (anchor.Length > 0 ? "#" + Uri.EscapeDataString(anchor) : "");

    public static string Topic(string slug) => "/topics/" + slug;
}
