namespace DebtHelp.Web.Feeds;

/// <summary>Absolute addresses for the machine-readable files, built from the scheme and host the request came in on.</summary>
public static class SiteAddress
{
    /// <summary>Scheme and host without a trailing slash, e.g. <c>https://example.org</c>. The 繁體 prefix is left out on purpose.</summary>
    public static string Root(HttpRequest request) => request.Scheme + "://" + request.Host.ToUriComponent();

    public static string Article(string root, string slug) => root + "/articles/" + Uri.EscapeDataString(slug);

    public static string Topic(string root, string slug) => root + "/topics/" + Uri.EscapeDataString(slug);
}
