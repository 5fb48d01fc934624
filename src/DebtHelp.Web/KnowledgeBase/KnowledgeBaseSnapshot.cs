using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>
/// One consistent view of the knowledge base, read from one index file. Readers hold a reference for the
/// length of a request; a rebuild produces a new snapshot and swaps it in whole.
/// </summary>
public sealed class KnowledgeBaseSnapshot
{
    public required string IndexPath { get; init; }
    public required string ContentHash { get; init; }
    public required DateTimeOffset LoadedAt { get; init; }
    public required IReadOnlyList<Topic> Topics { get; init; }
    public required IReadOnlyList<Article> Articles { get; init; }
    public required IReadOnlyDictionary<string, Article> BySlug { get; init; }

    /// <summary>Articles by their index row id (the id the FTS tables use).</summary>
    public required IReadOnlyDictionary<int, Article> ById { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> ByTopic { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> Related { get; init; }
    public required IReadOnlyList<ContentProblem> Problems { get; init; }
    public required SearchData Search { get; init; }

    /// <summary>Strong validator for pages derived from this snapshot.</summary>
    public string ETag => "\"" + ContentHash[..16] + "\"";

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
