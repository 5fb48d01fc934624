using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Site;

/// <summary>
/// The 繁體 reading mode. Every page is also served under <c>/zh-hant/...</c>: <c>UsePathBase</c> makes the prefix the
/// request's path base (so routing, the output cache key and the rate limits see the ordinary page), the layout converts the finished
/// HTML to traditional characters (OpenCC tables). Links come out under the prefix as they are written (<c>~/</c>,
/// <c>asp-page</c>, <c>Url.Content</c> and <c>Url.Page</c> start from the path base; article bodies link to sibling
/// articles), so the choice sticks from page to page without a cookie. /zh-hant is Taiwan forms, /zh-hk Hong Kong forms (Chinese/ChineseScript).
/// </summary>
public static partial class TraditionalChinese
{
    public const string Prefix = "/zh-hant";

    /// <summary>Whether this request came under a traditional prefix (<c>app.UsePathBase</c> moved it into the path base).</summary>
    public static bool IsActive(HttpContext context) => Script(context).IsConverted;

    /// <summary>The script of this request: Taiwan under /zh-hant, Hong Kong under /zh-hk, else simplified.</summary>
    public static ChineseScript Script(HttpContext context) =>
        ChineseScript.All.FirstOrDefault(s => s.IsConverted && context.Request.PathBase.StartsWithSegments(s.Prefix, StringComparison.OrdinalIgnoreCase))
        ?? ChineseScript.Simplified;

    /// <summary>The address of the page being shown, without the prefix: the original one when an error page is shown in its place.</summary>
    public static string CurrentPage(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            return OnSite(reExecuted.OriginalPath) + reExecuted.OriginalQueryString;
        }

        return OnSite(context.Request.Path.Value) + context.Request.QueryString;
    }

    /// <summary>
    /// A path as a link on this site: leading slashes, backslashes, spaces and control characters (browsers drop tabs
    /// and line breaks from a URL) collapse to one slash, so <c>/zh-hant//evil.example/x</c> links to
    /// <c>/evil.example/x</c> here, never to <c>//evil.example/x</c>.
    /// </summary>
    private static string OnSite(string? path)
    {
        var rest = (path ?? "").AsSpan();
        while (rest.Length > 0 && (rest[0] is '/' or '\\' || char.IsWhiteSpace(rest[0]) || char.IsControl(rest[0])))
        {
            rest = rest[1..];
        }

        return "/" + rest.ToString();
    }

    /// <summary>The same page in traditional characters.</summary>
    public static string TraditionalAddress(string page) => Prefix + page;

    /// <summary>A rendered page in <paramref name="script"/>; what the reader typed stays as typed.</summary>
    public static string Convert(string html, ChineseScript script) =>
        ConvertEncodedFragments(PageText.Convert(html, script), script);

    /// <summary>
    /// Heading ids are converted with the rest of the page, so a link to a section must be too. Markdown links carry
    /// the heading as a percent-encoded fragment (#%E7%8E%B0...), which the plain text conversion cannot see.
    /// </summary>
    private static string ConvertEncodedFragments(string html, ChineseScript script) =>
        EncodedFragment().Replace(html, m => m.Groups["start"].Value + "#"
            + Uri.EscapeDataString(script.Convert(Uri.UnescapeDataString(m.Groups["fragment"].Value))) + "\"");

    [GeneratedRegex("(?<start>\\bhref=\"[^\"#]*)#(?<fragment>[^\"#]*%[0-9A-Fa-f]{2}[^\"#]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex EncodedFragment();
}
