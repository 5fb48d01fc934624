using System.Text;
using System.Text.RegularExpressions;
using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Tests.Content;

/// <summary>No two articles share a run of 20 or more characters of prose (citations, names of rules and link targets aside).</summary>
public sealed partial class OriginalityTests
{
    private const int Run = 20;

    [Fact]
    public void No_two_articles_share_a_sentence_of_20_or_more_characters()
    {
        var content = ContentLoader.Load(TestPaths.RealContent, new ContentOptions(), DateOnly.FromDateTime(DateTime.Today));
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new List<string>();
        foreach (var article in content.Articles)
        {
            var prose = Prose(article);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i + Run <= prose.Length; i++)
            {
                var window = prose.Substring(i, Run);
                if (window.Contains('\n', StringComparison.Ordinal) || !seen.Add(window))
                {
                    continue;
                }

                if (owners.TryGetValue(window, out var other) && other != article.Slug)
                {
                    shared.Add($"{article.SourceFile} and articles/{other}.md share “{window}”: rewrite one of them in other words");
                    i += Run; // one report per shared passage
                }
                else
                {
                    owners.TryAdd(window, article.Slug);
                }
            }
        }

        Assert.True(shared.Count == 0, string.Join("\n", shared.Distinct()));
    }

    /// <summary>The article's own words: summary and passages, without statute and rule names, numbers and spaces.</summary>
    private static string Prose(Article article)
    {
        var sb = new StringBuilder(article.Summary).Append('\n');
        foreach (var section in article.Sections)
        {
            sb.Append(section.Heading).Append('\n').Append(section.Text).Append('\n');
        }

        var text = Cited().Replace(sb.ToString(), "\n");
        return Spaces().Replace(text, "");
    }

    // A name in 《》 with what follows it (article, clause, item numbers) is a citation, not prose.
    [GeneratedRegex("《[^》]*》(第[0-9零一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?)?(第[0-9一二三四五六七八九十]+款)?(第（[一二三四五六七八九十]+）项)?|GB/T\\s*[0-9.-]+")]
    private static partial Regex Cited();

    [GeneratedRegex("[ \\t\\u3000]+")]
    private static partial Regex Spaces();
}
