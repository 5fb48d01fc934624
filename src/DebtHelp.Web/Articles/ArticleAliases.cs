namespace DebtHelp.Web.Articles;

/// <summary>
/// The front matter field <c>aliases:</c>: the slugs an article had before it was renamed. Their addresses answer
/// with a 301 to the article, so links already shared in chats keep working.
/// </summary>
public static class ArticleAliases
{
    public const string LineKeyPrefix = "alias:";

    /// <summary>The well-formed aliases of one file; a malformed one is reported and left out.</summary>
    public static List<(string Value, int Line)> Parse(List<(string Value, int Line)>? raw, string slug, string file, int fieldLine, List<ContentProblem> problems)
    {
        if (raw is null)
        {
            problems.Add(new ContentProblem(file, fieldLine, ProblemSeverity.Error,
                "'aliases' must be a list of former slugs ('- old-slug' lines or [old-a, old-b])."));
            return [];
        }

        var result = new List<(string Value, int Line)>();
        foreach (var (alias, line) in raw)
        {
            if (!ArticleParser.SlugPattern().IsMatch(alias))
            {
                problems.Add(new ContentProblem(file, line, ProblemSeverity.Error,
                    $"alias '{alias}' is not a slug: write the article's former file name without '.md', e.g. 'old-name'."));
            }
            else if (alias == slug)
            {
                problems.Add(new ContentProblem(file, line, ProblemSeverity.Error,
                    $"alias '{alias}' is this article's own slug; an alias is a former slug, so remove it."));
            }
            else if (result.All(r => r.Value != alias))
            {
                result.Add((alias, line));
            }
        }

        return result;
    }

    /// <summary>
    /// An alias may not be the slug of an article that exists (that address belongs to the article) nor an alias of
    /// another article (one address, one target). The colliding alias is reported and dropped; the article stays.
    /// </summary>
    public static List<Article> RemoveCollisions(IReadOnlyList<ArticleParser.Result> results, List<ContentProblem> problems)
    {
        var slugs = results.Select(r => r.Article!.Slug).ToDictionary(s => s, s => s, StringComparer.Ordinal);
        var claimedBy = new Dictionary<string, Article>(StringComparer.Ordinal);
        var articles = new List<Article>(results.Count);
        foreach (var result in results.OrderBy(r => r.Article!.SourceFile, StringComparer.Ordinal))
        {
            var article = result.Article!;
            var kept = new List<string>();
            foreach (var alias in article.Aliases)
            {
                var line = result.FieldLines.GetValueOrDefault(LineKeyPrefix + alias, result.FieldLines.GetValueOrDefault("aliases", 1));
                if (slugs.ContainsKey(alias))
                {
                    problems.Add(new ContentProblem(article.SourceFile, line, ProblemSeverity.Error,
                        $"alias '{alias}' is the slug of an existing article (articles/{alias}.md); an address can lead to one article only, so remove the alias or rename that file."));
                }
                else if (claimedBy.TryGetValue(alias, out var other))
                {
                    problems.Add(new ContentProblem(article.SourceFile, line, ProblemSeverity.Error,
                        $"alias '{alias}' is already an alias of {other.SourceFile}; an old address can lead to one article only, so remove it from one of them."));
                }
                else
                {
                    claimedBy[alias] = article;
                    kept.Add(alias);
                }
            }

            articles.Add(kept.Count == article.Aliases.Count ? article : article with { Aliases = kept });
        }

        return articles;
    }
}
