using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>The query side of ranking: slips of the pinyin input read as what they sound like, concept weights, lookup terms.</summary>
public static class QueryReader
{
    /// <summary>
    /// A typed character pair that no article contains is most often a slip of the pinyin input method ("报井" for
    /// 报警). Such a pair becomes a concept whose alternatives are itself and the most common pairs of the index
    /// that sound the same (see <see cref="SearchIndex.Homophones"/>).
    /// </summary>
    public static AnalyzedQuery ReadHomophones(AnalyzedQuery query, SearchIndex index, RankingWeights weights)
    {
        List<AnalyzedQuery.Concept>? concepts = null;
        List<string>? extra = null;
        for (var c = 0; c < query.Concepts.Count; c++)
        {
            var concept = query.Concepts[c];
            if (concept.FromSynonym || concept.Alternatives is not [[var typed]] || typed.Length != 2 || index.DocumentFrequency(typed) > 0)
            {
                continue;
            }

            var sounds = index.Homophones.Of(typed).Take(weights.HomophonesPerSlip).ToList();
            if (sounds.Count == 0)
            {
                continue;
            }

            concepts ??= [.. query.Concepts];
            extra ??= [];
            concepts[c] = new AnalyzedQuery.Concept([[typed], .. sounds.Select(t => (IReadOnlyList<string>)[t])], concept.Display, FromSynonym: true);
            extra.AddRange(sounds);
        }

        return concepts is null ? query : new AnalyzedQuery
        {
            Normalized = query.Normalized,
            Concepts = concepts,
            Terms = [.. query.Terms, .. extra!.Where(t => !query.Terms.Contains(t, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)],
            HighlightWords = query.HighlightWords,
        };
    }

    /// <summary>
    /// Rarer concepts say more about what the reader needs. A synonym group weighs as its most common
    /// member; a lone character weighs less (<see cref="RankingWeights.LoneCharacterWeight"/>).
    /// </summary>
    public static double Weight(AnalyzedQuery.Concept concept, SearchIndex index, RankingWeights weights)
    {
        if (concept.FromSynonym)
        {
            return concept.Alternatives.Where(a => a.Count > 0).Select(a => a.Average(index.Idf)).DefaultIfEmpty(0).Min();
        }

        var term = concept.Alternatives[0][0];
        return index.Idf(term) * (term.Length == 1 && TextNormalizer.IsHan(term[0]) ? weights.LoneCharacterWeight : 1.0);
    }

    /// <summary>The question's terms that pick candidates, rarest first, each with its postings.</summary>
    public static List<(string Term, SearchIndex.Postings Postings)> LookupTerms(AnalyzedQuery query, SearchIndex index, RankingWeights weights)
    {
        var common = index.ArticleCount * weights.CommonTermShare;
        var known = new List<(string Term, SearchIndex.Postings Postings)>();
        foreach (var term in query.Terms)
        {
            if (index.Find(term) is { } postings)
            {
                known.Add((term, postings));
            }
        }

        var telling = known.Where(t => index.ArticleCount < weights.SmallIndexArticles || t.Postings.Count <= common).ToList();
        // A question made only of very common words still needs something to look up.
        var pool = telling.Count > 0 ? telling : known;
        return pool.OrderBy(t => t.Postings.Count).ThenBy(t => t.Term, StringComparer.Ordinal).Take(weights.MaxLookupTerms).ToList();
    }
}
