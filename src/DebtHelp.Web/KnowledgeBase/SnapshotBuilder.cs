using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>
/// The one way content becomes a snapshot: articles already parsed → ids, related links, search index, all in
/// memory. The site, the commands, the tests and the benchmarks all call <see cref="Build"/>; the warm-start file
/// (<see cref="IndexFile"/>) only stores what it made.
/// </summary>
public static class SnapshotBuilder
{
    /// <param name="indexPath">Where this snapshot's warm-start file belongs (it is not written here).</param>
    public static KnowledgeBaseSnapshot Build(ContentSet content, string indexPath)
    {
        var topics = content.Topics.OrderBy(t => t.Order).ToList();
        var topicOrder = topics.ToDictionary(t => t.Slug, t => t.Order, StringComparer.Ordinal);
        var byId = new Dictionary<int, Article>(content.Articles.Count);
        for (var i = 0; i < content.Articles.Count; i++)
        {
            var article = content.Articles[i];
            byId[i + 1] = article with { Topics = article.Topics.OrderBy(t => topicOrder.GetValueOrDefault(t, int.MaxValue)).ToList() };
        }

        // The related links and the search index read the same articles and share nothing else; at 10,000 articles
        // each takes seconds, so they are built side by side (the wait runs the links here if no thread is free).
        var computing = Task.Run(() => RelatedArticles.Compute(content.Articles));
        var search = SearchIndex.Build(byId.Select(a => (a.Key, a.Value)));
        var links = computing.GetAwaiter().GetResult()
            .ToDictionary(l => l.Key, l => (IReadOnlyList<RelatedArticles.Link>)l.Value, StringComparer.Ordinal);
        return Assemble(indexPath, content.Hash, topics, byId, links, content.Problems, search, content.Synonyms);
    }

    /// <summary>The lookups every snapshot has, from its parts (built here or read from the file).</summary>
    public static KnowledgeBaseSnapshot Assemble(
        string indexPath,
        string contentHash,
        IReadOnlyList<Topic> topics,
        IReadOnlyDictionary<int, Article> byId,
        IReadOnlyDictionary<string, IReadOnlyList<RelatedArticles.Link>> links,
        IReadOnlyList<ContentProblem> problems,
        SearchIndex searchIndex,
        SynonymTable synonyms,
        SearchData.Derived? derived = null,
        bool htmlInFile = false)
    {
        var bySlug = byId.Values.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        var byTopic = topics.ToDictionary(
            t => t.Slug,
            t => (IReadOnlyList<Article>)byId.Values.Where(a => a.Topics.Contains(t.Slug)).InReadingOrder().ToList(),
            StringComparer.Ordinal);
        var related = links.ToDictionary(
            l => l.Key,
            l => (IReadOnlyList<Article>)l.Value.Where(link => bySlug.ContainsKey(link.To)).Select(link => bySlug[link.To]).ToList(),
            StringComparer.Ordinal);
        return new KnowledgeBaseSnapshot
        {
            IndexPath = indexPath,
            ContentHash = contentHash,
            Topics = topics,
            Articles = bySlug.Values.OrderBy(a => a.Slug, StringComparer.Ordinal).ToList(),
            BySlug = bySlug,
            ById = byId,
            ByTopic = byTopic,
            RelatedLinks = links,
            Related = related,
            Problems = problems,
            Search = SearchData.Create(searchIndex, byId, synonyms, derived),
            HtmlInFile = htmlInFile,
        };
    }
}
