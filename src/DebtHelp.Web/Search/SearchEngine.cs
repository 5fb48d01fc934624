namespace DebtHelp.Web.Search;

/// <summary>
/// Answers a reader's question from a snapshot's <see cref="SearchData"/>: read the question once, pick the lookup
/// terms, rank the candidates, make the best few into hits (or suggestions when none). Nothing touches disk.
/// </summary>
public static class SearchEngine
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    public static SearchOutcome Search(SearchData data, string? rawQuery, int limit = DefaultLimit) =>
        Search(data, rawQuery, limit, RankingWeights.Default);

    public static SearchOutcome Search(SearchData data, string? rawQuery, int limit, RankingWeights weights)
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
            if (data.Articles.ContainsKey(articleId))
            {
                hits.Add(Hits.Hit(data, query, articleId, score, Hits.BestPassage(data, lookupTerms, articleId, weights)));
            }
        }

        return new SearchOutcome(display, hits, hits.Count == 0 ? Suggestions.For(data, rawQuery, weights) : []);
    }
}
