using System.Text.RegularExpressions;
using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Pages.Articles;

/// <summary>
/// Many articles end with their own "下一步" list of links. "接下来可以看" below it leaves those articles out, so a
/// reader never sees the same article offered twice at the end of a page.
/// </summary>
public static partial class NextSteps
{
    public const string Heading = "下一步";

    [GeneratedRegex("<h2 id=\"" + Heading + "\">(?<section>.*?)(?=<h2[ >]|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex NextStepsSection();

    // Article bodies link to siblings (MarkdownRenderer.ArticleLink): href="other-slug" or href="other-slug#part".
    [GeneratedRegex("href=\"(?<slug>[a-z0-9-]+)[#\"]", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleLink();

    /// <summary>Slugs an article's own "下一步" section links to, from its body HTML.</summary>
    public static IReadOnlySet<string> LinkedFrom(string bodyHtml)
    {
        var section = NextStepsSection().Match(bodyHtml);
        return section.Success
            ? ArticleLink().Matches(section.Groups["section"].Value).Select(m => m.Groups["slug"].Value).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }

    public static IReadOnlyList<Article> WithoutRepeats(string bodyHtml, IReadOnlyList<Article> related)
    {
        var listed = LinkedFrom(bodyHtml);
        return listed.Count == 0 ? related : related.Where(r => !listed.Contains(r.Slug)).ToList();
    }
}
