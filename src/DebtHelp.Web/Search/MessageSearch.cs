namespace DebtHelp.Web.Search;

/// <summary>
/// Reads a reader's message as a whole before ranking: whether it signals a crisis, what it asks when it is a
/// long story, whether something is happening right now, and how sure the answer is. The ranking of each piece
/// of text is <see cref="SearchEngine.Rank"/>'s; this combines them.
/// </summary>
public static class MessageSearch
{
    /// <param name="unsureLimit">
    /// How many results to make when the answer is not sure (confidence below high, no crisis): a page that then
    /// shows only the closest few need not pay for the passages and snippets of the rest.
    /// </param>
    public static SearchOutcome Run(SearchData data, string? raw, int limit, RankingWeights weights, int unsureLimit = int.MaxValue)
    {
        limit = Math.Clamp(limit, 1, SearchEngine.MaxLimit);
        var (crisis, strain) = CrisisDetector.Read(raw);
        var wholeText = SearchEngine.Read(data, raw, weights);
        var whole = SearchEngine.Rank(data, wholeText, Math.Max(limit, weights.FusionCandidates), weights, withHits: false);
        if (whole.Query.Length == 0)
        {
            // Nothing to search for, but a message of emoji alone ("🔪💊🪢") can still be a cry for help.
            return whole with { Crisis = crisis, Strain = strain };
        }

        var asks = QuestionExtractor.Asks(raw);
        var askTexts = asks.Select(a => SearchEngine.Read(data, a, weights)).ToList();
        var rankings = askTexts.Select(a => SearchEngine.Rank(data, a, weights.FusionCandidates, weights, withHits: false)).ToList();
        // Sized for every hit of every ranking (they overlap, so fewer): filled without regrowing.
        var scores = new Dictionary<int, double>(whole.Hits.Count + rankings.Sum(r => r.Hits.Count));
        Add(scores, whole.Hits, asks.Count > 0 ? 1 - weights.AskShare : 1);
        foreach (var ranking in rankings)
        {
            Add(scores, ranking.Hits, weights.AskShare / rankings.Count);
        }

        var emergency = IdOf(data, UrgencyDetector.ArticleSlug);
        var urgency = UrgencyDetector.Read(raw) switch
        {
            UrgencyDetector.Urgency.Emergency => weights.UrgentBoost,
            UrgencyDetector.Urgency.Now => weights.NowFactor,
            _ => weights.CalmFactor,
        };
        // Fuse with plain BM25 over the whole text by rank (reciprocal rank fusion): each finds what the other misses.
        var fused = Fuse(scores, data.Index, whole.Query, asks, emergency, urgency, weights);
        var ordered = fused.OrderByDescending(s => s.Value.Fused).ThenBy(s => s.Key)
            .Select(s => new KeyValuePair<int, double>(s.Key, s.Value.Concepts)).ToList();
        var confidence = Confidence(data, wholeText.Query, ordered, fused, weights);

        // Crisis first: the crisis page, then the article on getting through the days (its own section on
        // feeling unable to cope), then whatever else the message asked.
        if (crisis)
        {
            LeadWith(data, ordered, CrisisDetector.CopingSlug);
            LeadWith(data, ordered, CrisisDetector.ArticleSlug);
        }

        var focus = asks.Count == 0 ? wholeText : asks.Count == 1 ? askTexts[0] : SearchEngine.Read(data, string.Join("，", asks), weights);
        var made = confidence == SearchConfidence.High || crisis ? limit : Math.Clamp(unsureLimit, 1, limit);
        var hits = ordered.Take(made).Select(s => SearchEngine.HitFor(data, focus, s.Key, s.Value, weights)).ToList();
        return new SearchOutcome(whole.Query, hits, hits.Count == 0 ? whole.Suggestions : [])
        {
            Confidence = confidence,
            Crisis = crisis,
            Strain = strain,
            Answers = AnswerEach(data, askTexts, rankings, emergency, urgency, weights),
        };
    }

    /// <summary>
    /// High when the first result covers the question well, or covers it fairly and both rankings put it first
    /// (two different readings agreeing is good evidence), unless the question names a subject the site does not
    /// cover and that article's head does not take up (<see cref="OffTopicWords"/>: loose shared words such as 申请,
    /// 利率, 准备 carried such questions to high); none when even the best covers little.
    /// </summary>
    private static SearchConfidence Confidence(SearchData data, AnalyzedQuery query, List<KeyValuePair<int, double>> ordered,
        Dictionary<int, (double Concepts, double Fused, int ConceptRank, int PlainRank)> fused, RankingWeights weights)
    {
        if (ordered.Count == 0)
        {
            return SearchConfidence.None;
        }

        var (id, top) = (ordered[0].Key, ordered[0].Value);
        var agree = fused[id] is { ConceptRank: 0, PlainRank: 0 };
        var sure = top >= weights.HighConfidence || (agree && top >= weights.AgreedConfidence);
        return sure && !OffTopicWords.Against(data, query, id) ? SearchConfidence.High
            : top >= weights.NoConfidence ? SearchConfidence.Low
            : SearchConfidence.None;
    }

    /// <summary>Per article: its concept score (for confidence) and its fused rank score (for order).</summary>
    private static Dictionary<int, (double Concepts, double Fused, int ConceptRank, int PlainRank)> Fuse(Dictionary<int, double> scores, SearchIndex index,
        string whole, IReadOnlyList<string> asks, int? emergency, double urgency, RankingWeights weights)
    {
        var k = weights.FusionRankOffset;
        var plainWeight = weights.PlainWeight;
        var result = new Dictionary<int, (double Concepts, double Fused, int ConceptRank, int PlainRank)>(scores.Count + weights.FusionCandidates);
        var rank = 0;
        foreach (var (id, score) in scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key))
        {
            result[id] = (score, 1 / (k + rank), rank, int.MaxValue);
            rank++;
        }

        var plain = PlainRanking.Rank(index, asks.Count > 0 ? string.Join(" ", asks.Append(whole)) : whole, weights.FusionCandidates, weights);
        for (var i = 0; i < plain.Count; i++)
        {
            var (id, _) = plain[i];
            var (concepts, fused, conceptRank, _) = result.TryGetValue(id, out var known) ? known : (0, 0, int.MaxValue, 0);
            result[id] = (concepts, fused + (plainWeight / (k + i)), conceptRank, i);
        }

        // The emergency article takes first place only when it is happening now (see UrgencyDetector).
        if (emergency is { } e && result.TryGetValue(e, out var door))
        {
            result[e] = door with { Concepts = door.Concepts * urgency, Fused = door.Fused * urgency };
        }

        return result;
    }

    private static void Add(Dictionary<int, double> scores, IReadOnlyList<SearchHit> hits, double share)
    {
        foreach (var hit in hits)
        {
            scores[hit.ArticleId] = scores.GetValueOrDefault(hit.ArticleId) + (share * hit.Score);
        }
    }

    /// <summary>Two asks whose best answers differ: each gets its own.</summary>
    private static List<AskAnswer> AnswerEach(SearchData data, List<SearchEngine.ReadText> asks,
        List<SearchOutcome> rankings, int? emergency, double urgency, RankingWeights weights)
    {
        if (asks.Count < 2)
        {
            return [];
        }

        var best = new List<AskAnswer>();
        for (var i = 0; i < asks.Count; i++)
        {
            var top = rankings[i].Hits
                .Select(h => (h.ArticleId, Score: h.ArticleId == emergency ? h.Score * urgency : h.Score))
                .OrderByDescending(h => h.Score).ThenBy(h => h.ArticleId)
                .FirstOrDefault();
            if (top.Score < weights.HighConfidence)
            {
                return [];
            }

            best.Add(new AskAnswer(asks[i].Display, SearchEngine.HitFor(data, asks[i], top.ArticleId, top.Score, weights)));
        }

        return best.DistinctBy(a => a.Hit.Article.Slug).Count() == best.Count ? best : [];
    }

    private static void LeadWith(SearchData data, List<KeyValuePair<int, double>> ordered, string slug)
    {
        if (IdOf(data, slug) is not { } id)
        {
            return;
        }

        var at = ordered.FindIndex(s => s.Key == id);
        var score = at >= 0 ? ordered[at].Value : 0;
        if (at >= 0)
        {
            ordered.RemoveAt(at);
        }

        ordered.Insert(0, new KeyValuePair<int, double>(id, Math.Max(score, ordered.Count > 0 ? ordered[0].Value : 0)));
    }

    private static int? IdOf(SearchData data, string slug) => data.IdsBySlug.TryGetValue(slug, out var id) ? id : null;
}
