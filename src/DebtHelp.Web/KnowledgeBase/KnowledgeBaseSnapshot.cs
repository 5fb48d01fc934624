using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>
/// One consistent view of the knowledge base, made by <see cref="SnapshotBuilder"/> (or read back from the
/// warm-start file). Readers hold a reference for the length of a request; a rebuild produces a new snapshot
/// and swaps it in whole. Everything rendered from it (cached pages, ETags) is keyed by <see cref="ContentHash"/>.
/// </summary>
public sealed class KnowledgeBaseSnapshot
{
    /// <summary>The warm-start file for this content: where it was read from, or where it is written.</summary>
    public required string IndexPath { get; init; }
    public required string ContentHash { get; init; }
    public required IReadOnlyList<Topic> Topics { get; init; }
    public required IReadOnlyList<Article> Articles { get; init; }
    public required IReadOnlyDictionary<string, Article> BySlug { get; init; }

    /// <summary>Articles by their index id (the id the search postings and the file's rows use).</summary>
    public required IReadOnlyDictionary<int, Article> ById { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> ByTopic { get; init; }

    /// <summary>The ranked links of each article, with score and reason, as stored in the file.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<RelatedArticles.Link>> RelatedLinks { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> Related { get; init; }
    public required IReadOnlyList<ContentProblem> Problems { get; init; }
    public required SearchData Search { get; init; }

    /// <summary>
    /// Read from the index file at <see cref="IndexPath"/>: its articles carry no HTML (<see cref="Article.Html"/> is
    /// empty) and <see cref="ArticleBodies"/> reads it from that file. False for a snapshot built in memory.
    /// </summary>
    public bool HtmlInFile { get; init; }

    /// <summary>Validator for every page rendered from this snapshot. The build is part of the hash too.</summary>
    public string ETag => field ??= "\"" + ContentHash[..20] + "\"";

    public Topic? Topic(string slug) => Topics.FirstOrDefault(t => t.Slug == slug);

    public IReadOnlyList<Article> ArticlesIn(string topic) => ByTopic.TryGetValue(topic, out var list) ? list : [];

    public IReadOnlyList<Article> RelatedTo(string slug) => Related.TryGetValue(slug, out var list) ? list : [];

    /// <summary>Every article in the writers' order (front matter <c>order</c>), the most urgent first.</summary>
    public IReadOnlyList<Article> InReadingOrder => field ??= Articles.InReadingOrder().ToList();

    /// <summary>The article a former slug (front matter <c>aliases</c>) now leads to, or null.</summary>
    public Article? RenamedFrom(string oldSlug) => Aliases.GetValueOrDefault(oldSlug);

    private Dictionary<string, Article> Aliases => field ??= Articles
        .SelectMany(a => a.Aliases.Select(alias => (Alias: alias, Article: a)))
        .DistinctBy(x => x.Alias, StringComparer.Ordinal)
        .ToDictionary(x => x.Alias, x => x.Article, StringComparer.Ordinal);
}
