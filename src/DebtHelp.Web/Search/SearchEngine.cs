namespace DebtHelp.Web.Search;

/// <summary>
/// Answers a reader's question from a snapshot's <see cref="SearchData"/>. <see cref="Search(SearchData, string?, int, RankingWeights)"/>
/// reads the whole message (<see cref="MessageSearch"/>: crisis, the asks inside a long story, urgency, confidence);
/// <see cref="Rank"/> ranks one piece of text: read it once (<see cref="Read"/>), pick the lookup terms, rank the
/// candidates, make the best few into hits (or suggestions when none). Nothing touches disk.
/// </summary>
public static class SearchEngine
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    public static SearchOutcome Search(SearchData data, string? rawQuery, int limit = DefaultLimit) =>
        Search(data, rawQuery, limit, RankingWeights.Default);

    public static SearchOutcome Search(SearchData data, string? rawQuery, int limit, RankingWeights weights) =>
        MessageSearch.Run(data, rawQuery, limit, weights);

    /// <summary>As <see cref="Search(SearchData, string?, int)"/>, making only <paramref name="unsureLimit"/> results when it is not sure.</summary>
    public static SearchOutcome Search(SearchData data, string? rawQuery, int limit, int unsureLimit) =>
        MessageSearch.Run(data, rawQuery, limit, RankingWeights.Default, unsureLimit);

    /// <summary>A piece of text read once: what it shows, its analysis and its lookup terms with their postings.</summary>
    public sealed record ReadText(string Raw, string Display, AnalyzedQuery Query, List<(string Term, SearchIndex.Postings Postings)> Lookup)
    {
        /// <summary>Each lookup term's rarity, once per text (every hit's passage choice weighs them).</summary>
        public double[] LookupIdfs(SearchData data) => _lookupIdfs ??= [.. Lookup.Select(l => data.Idf(l.Term))];

        private double[]? _lookupIdfs;
    }

    public static ReadText Read(SearchData data, string? rawQuery, RankingWeights weights)
    {
        var query = QueryReader.ReadHomophones(QueryAnalyzer.Analyze(rawQuery, data.Synonyms), data.Index, weights);
        var lookup = query.IsEmpty ? [] : QueryReader.LookupTerms(query, data.Index, weights);
        return new ReadText(rawQuery ?? "", QueryAnalyzer.Clean(rawQuery).Trim(), query, lookup);
    }

    /// <summary>
    /// Ranks the articles for one piece of text. Without <paramref name="withHits"/> the hits carry the article and
    /// score only (no passage, no snippet), for a caller that combines several rankings before showing any.
    /// </summary>
    public static SearchOutcome Rank(SearchData data, ReadText text, int limit, RankingWeights weights, bool withHits = true)
    {
        if (text.Query.IsEmpty)
        {
            return new SearchOutcome(text.Display, [], []);
        }

        limit = Math.Clamp(limit, 1, MaxLimit);
        if (text.Lookup.Count == 0)
        {
            return new SearchOutcome(text.Display, [], Suggestions.For(data, text.Raw, weights));
        }

        var best = Ranker.Rank(data, text.Query, text.Display, text.Lookup, limit, weights);
        var hits = new List<SearchHit>(best.Count);
        foreach (var (articleId, score) in best)
        {
            if (data.Articles.TryGetValue(articleId, out var article))
            {
                hits.Add(withHits
                    ? HitFor(data, text, articleId, score, weights)
                    : new SearchHit(article, "", "", "", "", score) { ArticleId = articleId });
            }
        }

        return new SearchOutcome(text.Display, hits, hits.Count == 0 ? Suggestions.For(data, text.Raw, weights) : []);
    }

    /// <summary>The shown hit for an article: its best passage and snippet for <paramref name="text"/>.</summary>
    public static SearchHit HitFor(SearchData data, ReadText text, int articleId, double score, RankingWeights weights) =>
        Hits.Hit(data, text.Query, articleId, score, Hits.BestPassage(data, text.Lookup, text.LookupIdfs(data), articleId, weights), weights);
}
