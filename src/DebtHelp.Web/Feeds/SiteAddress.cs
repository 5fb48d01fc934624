namespace DebtHelp.Web.Feeds;

/// <summary>
/// Absolute addresses for the canonical link and the machine-readable files, built from <c>Site:PublicBaseUrl</c>,
/// never from the request's Host or scheme (a forged Host went into the canonical link and the sitemap: probe D11).
/// </summary>
public static class SiteAddress
{
    /// <summary>Scheme and host without a trailing slash, e.g. <c>https://example.org</c>. The 繁體 prefix is left out on purpose.</summary>
    public static string Root(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Operations.SiteOptions>>().Value.Root;

    public static string Article(string root, string slug) => root + "/articles/" + Uri.EscapeDataString(slug);

    public static string Topic(string root, string slug) => root + "/topics/" + Uri.EscapeDataString(slug);
}
