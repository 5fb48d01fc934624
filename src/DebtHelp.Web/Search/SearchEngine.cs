namespace DebtHelp.Web.Search;

/// <summary>
/// Answers a reader's question from a snapshot's <see cref="SearchData"/>. <see cref="Search(SearchData, string?, int, RankingWeights)"/>
/// reads the whole message (<see cref="MessageSearch"/>: crisis, the asks inside a long story, urgency, confidence);
/// <see cref="Rank"/> ranks one piece of text: read it once, pick the lookup terms, rank the candidates, make the
/// best few into hits (or suggestions when none). Nothing touches disk.
/// </summary>
public static class SearchEngine
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    public static SearchOutcome Search(SearchData data, string? rawQuery, int limit = DefaultLimit) =>
        Search(data, rawQuery, limit, RankingWeights.Default);

    public static SearchOutcome Search(SearchData data, string? rawQuery, int limit, RankingWeights weights) =>
        MessageSearch.Run(data, rawQuery, limit, weights);

    /// <summary>
    /// Ranks the articles for one piece of text. Without <paramref name="withHits"/> the hits carry the article and
    /// score only (no passage, no snippet), for a caller that combines several rankings before showing any.
    /// </summary>
    public static SearchOutcome Rank(SearchData data, string? rawQuery, int limit, RankingWeights weights, bool withHits = true)
    {
        var index = data.Index;
        var query = QueryReader.ReadHomophones(QueryAnalyzer.Analyze(rawQuery, data.Synonyms), index, weights);
        var display = QueryAnalyzer.Clean(rawQuery).Trim();
        if (query.IsEmpty)
        {
            return new SearchOutcome(display, [], []);
        }

        limit = Math.Clamp(limit, 1, MaxLimit);
        var lookup = QueryReader.LookupTerms(query, index, weights);
        if (lookup.Count == 0)
        {
            return new SearchOutcome(display, [], Suggestions.For(data, rawQuery, weights));
        }

        var best = Ranker.Rank(data, query, display, lookup, limit, weights);
        var hits = new List<SearchHit>(best.Count);
        var lookupTerms = lookup.Select(l => l.Term).ToList();
        foreach (var (articleId, score) in best)
        {
            if (data.Articles.TryGetValue(articleId, out var article))
            {
                hits.Add(withHits
                    ? Hits.Hit(data, query, articleId, score, Hits.BestPassage(data, lookupTerms, articleId, weights), weights)
                    : new SearchHit(article, "", "", "", "", score) { ArticleId = articleId });
            }
        }

        return new SearchOutcome(display, hits, hits.Count == 0 ? Suggestions.For(data, rawQuery, weights) : []);
    }

    /// <summary>A text read once for showing several hits: its analysis and its lookup terms.</summary>
    public sealed record PreparedText(AnalyzedQuery Query, List<string> Lookup);

    public static PreparedText Prepare(SearchData data, string text, RankingWeights weights)
    {
        var query = QueryReader.ReadHomophones(QueryAnalyzer.Analyze(text, data.Synonyms), data.Index, weights);
        return new PreparedText(query, QueryReader.LookupTerms(query, data.Index, weights).Select(l => l.Term).ToList());
    }

    /// <summary>The shown hit for an article chosen by a combined ranking: passage and snippet for the prepared text.</summary>
    public static SearchHit HitFor(SearchData data, PreparedText text, int articleId, double score, RankingWeights weights) =>
        Hits.Hit(data, text.Query, articleId, score, Hits.BestPassage(data, text.Lookup, articleId, weights), weights);
}
