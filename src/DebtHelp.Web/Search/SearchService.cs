using System.Buffers;
using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;

namespace DebtHelp.Web.Search;

/// <summary>
/// Answers a reader's question from the in-memory <see cref="SearchIndex"/>: every article holding a telling
/// term of the question is scored by the concepts it covers (and in which field), by how close the question
/// is to one the writers listed, and by BM25. The work is a pass over the postings of the question's terms
/// into pooled per-article arrays; nothing touches disk.
/// </summary>
public sealed class SearchService(KnowledgeBaseHolder holder)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    /// <summary>
    /// Candidates come from the most telling terms only: a term found in most articles ranks nothing (all
    /// concepts still count in ranking). Bounding their number bounds the work of one search.
    /// </summary>
    private const int MaxLookupTerms = 24;

    private const double K1 = 1.2;
    private const double B = 0.75;

    public SearchOutcome Search(string? rawQuery, int limit = DefaultLimit)
    {
        var snapshot = holder.Current;
        return snapshot is null ? SearchOutcome.Empty : Search(snapshot, rawQuery, limit);
    }

    /// <summary>The whole reading of a message: crisis, asks inside a long story, urgency, confidence (see <see cref="MessageSearch"/>).</summary>
    public static SearchOutcome Search(KnowledgeBaseSnapshot snapshot, string? rawQuery, int limit = DefaultLimit) =>
        MessageSearch.Run(snapshot, rawQuery, limit);

    /// <summary>
    /// Ranks the articles for one piece of text. Without <paramref name="withHits"/> the hits carry the article and
    /// score only (no passage, no snippet), for callers that combine several rankings before showing any.
    /// </summary>
    internal static SearchOutcome Rank(KnowledgeBaseSnapshot snapshot, string? rawQuery, int limit, bool withHits = true)
    {
        var data = snapshot.Search;
        var index = data.Index;
        var query = ReadHomophones(QueryAnalyzer.Analyze(rawQuery, data.Synonyms), index);
        var display = QueryAnalyzer.Clean(rawQuery).Trim();
        if (query.IsEmpty)
        {
            return new SearchOutcome(display, [], []);
        }

        limit = Math.Clamp(limit, 1, MaxLimit);
        var lookup = LookupTerms(query, index);
        if (lookup.Count == 0)
        {
            return new SearchOutcome(display, [], Suggest(data, rawQuery));
        }

        var size = index.IdLimit;
        var relevance = ArrayPool<double>.Shared.Rent(size);
        var fields = ArrayPool<double>.Shared.Rent(size);
        var similarity = ArrayPool<double>.Shared.Rent(size);
        var strength = ArrayPool<double>.Shared.Rent(size);
        var overlap = ArrayPool<int>.Shared.Rent(Math.Max(1, data.Shapes.Count));
        var candidates = ArrayPool<int>.Shared.Rent(size);
        try
        {
            Array.Clear(relevance, 0, size);
            Array.Clear(fields, 0, size);
            Array.Clear(similarity, 0, size);
            Array.Clear(strength, 0, size);
            Array.Clear(overlap, 0, data.Shapes.Count);
            var candidateCount = 0;

            // 1. Candidates and their BM25 relevance (field-weighted term frequency, length-normalised). Articles
            //    holding a term in their title, questions, summary or headings come first; a term only in the
            //    body makes an article a candidate when those give few.
            foreach (var (_, postings) in lookup)
            {
                Relevance(index, postings, relevance, candidates, ref candidateCount, headOnly: true);
            }

            if (candidateCount < MinHeadCandidates)
            {
                foreach (var (_, postings) in lookup)
                {
                    Relevance(index, postings, relevance, candidates, ref candidateCount, headOnly: false);
                }
            }

            // 2. Each concept scores by the best field that holds it. Weights depend on the query only.
            var totalWeight = 0.0;
            var touched = new List<int>();
            foreach (var concept in query.Concepts)
            {
                var weight = Weight(concept, index);
                totalWeight += weight;
                if (weight <= 0)
                {
                    continue;
                }

                foreach (var alternative in concept.Alternatives)
                {
                    Cover(index, alternative, relevance, strength, touched);
                }

                foreach (var d in touched)
                {
                    fields[d] += weight * strength[d];
                    strength[d] = 0;
                }

                touched.Clear();
            }

            // 3. Closeness to the title or a listed question (Dice over their shapes), through the shapes' own list.
            var shape = SearchData.Shape(display, data.Synonyms);
            var shapes = data.Shapes;
            foreach (var term in shape)
            {
                foreach (var s in shapes.Holding(term) ?? [])
                {
                    if (overlap[s]++ == 0)
                    {
                        touched.Add(s);
                    }
                }
            }

            foreach (var s in touched)
            {
                var d = shapes.ArticleIds[s];
                similarity[d] = Math.Max(similarity[d], 2.0 * overlap[s] / (shape.Count + shapes.Sizes[s]));
                overlap[s] = 0;
            }

            // 4. The final score and the best few.
            var maxRelevance = 0.0;
            var candidateIds = candidates.AsSpan(0, candidateCount);
            foreach (var d in candidateIds)
            {
                maxRelevance = Math.Max(maxRelevance, relevance[d]);
            }

            var fieldsScale = totalWeight > 0 ? 1 / (TitleStrength * totalWeight) : 0;
            var best = new List<(int ArticleId, double Score)>(limit + 1);
            foreach (var d in candidateIds)
            {
                var fs = Tune.Get("FieldsShare", FieldsShare); var ss = Tune.Get("SimilarityShare", SimilarityShare);
                var score = (fs * fields[d] * fieldsScale) + (ss * similarity[d])
                    + ((1 - fs - ss) * (maxRelevance > 0 ? relevance[d] / maxRelevance : 0));
                Keep(best, d, score, limit);
            }

            var hits = new List<SearchHit>(best.Count);
            var lookupTerms = lookup.Select(l => l.Term).ToList();
            foreach (var (articleId, score) in best)
            {
                if (snapshot.ById.TryGetValue(articleId, out var article))
                {
                    hits.Add(withHits
                        ? Hit(snapshot, data, query, articleId, score, BestPassage(data, lookupTerms, articleId))
                        : new SearchHit(article, "", "", "", "", score) { ArticleId = articleId });
                }
            }

            return new SearchOutcome(display, hits, hits.Count == 0 ? Suggest(data, rawQuery) : []);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(relevance);
            ArrayPool<double>.Shared.Return(fields);
            ArrayPool<double>.Shared.Return(similarity);
            ArrayPool<double>.Shared.Return(strength);
            ArrayPool<int>.Shared.Return(overlap);
            ArrayPool<int>.Shared.Return(candidates);
        }
    }

    /// <summary>
    /// A typed character pair that no article contains is most often a slip of the pinyin input method ("报井" for
    /// 报警). Such a pair becomes a concept whose alternatives are itself and the two most common pairs of the index
    /// that sound the same, among pairs found in two articles at least (see <see cref="SearchIndex.Homophones"/>).
    /// </summary>
    private static AnalyzedQuery ReadHomophones(AnalyzedQuery query, SearchIndex index)
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

            var sounds = index.Homophones.Of(typed).Take(2).ToList();
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

    /// <summary>Enough head candidates make body-only matches unnecessary (they rank below them anyway).</summary>
    private const int MinHeadCandidates = 30;

    private const SearchIndex.Field Head = SearchIndex.Field.Title | SearchIndex.Field.Questions | SearchIndex.Field.Lead;

    private static void Relevance(SearchIndex index, SearchIndex.Postings postings, double[] relevance, int[] candidates, ref int count, bool headOnly)
    {
        var idf = index.Bm25Idf(postings.Count);
        var docs = postings.Docs;
        var weighted = postings.Weighted;
        var masks = postings.Masks;
        for (var i = 0; i < docs.Length; i++)
        {
            var d = docs[i];
            // First pass: matches in the head fields. Second pass: the body-only matches left out by the first.
            if (headOnly != ((masks[i] & Head) != 0))
            {
                continue;
            }

            if (relevance[d] == 0)
            {
                candidates[count++] = d;
            }

            double tf = weighted[i];
            var k1 = Tune.Get("K1", K1); var b = Tune.Get("B", B);
            relevance[d] += idf * tf * (k1 + 1) / (tf + (k1 * (1 - b + (b * index.Lengths[d] / index.AverageLength))));
        }
    }

    /// <summary>
    /// For every candidate holding all terms of <paramref name="alternative"/>, raises its strength for the
    /// concept to that of the best field holding them all (any field at all counts as body).
    /// </summary>
    private static void Cover(SearchIndex index, IReadOnlyList<string> alternative, double[] candidates, double[] strength, List<int> touched)
    {
        if (alternative.Count == 0)
        {
            return;
        }

        var lists = new SearchIndex.Postings[alternative.Count];
        for (var t = 0; t < lists.Length; t++)
        {
            if (index.Find(alternative[t]) is not { } postings)
            {
                return;
            }

            lists[t] = postings;
        }

        Array.Sort(lists, (a, b) => a.Count.CompareTo(b.Count));
        var cursors = new int[lists.Length];
        var first = lists[0];
        for (var i = 0; i < first.Docs.Length; i++)
        {
            var d = first.Docs[i];
            if (candidates[d] == 0)
            {
                continue;
            }

            var mask = first.Masks[i];
            var all = true;
            for (var t = 1; t < lists.Length && all; t++)
            {
                var docs = lists[t].Docs;
                ref var at = ref cursors[t];
                while (at < docs.Length && docs[at] < d)
                {
                    at++;
                }

                all = at < docs.Length && docs[at] == d;
                if (all)
                {
                    mask &= lists[t].Masks[at];
                }
            }

            if (!all)
            {
                continue;
            }

            var s = FieldStrength(mask);
            if (s > strength[d])
            {
                if (strength[d] == 0)
                {
                    touched.Add(d);
                }

                strength[d] = s;
            }
        }
    }

    /// <summary>Keeps the <paramref name="limit"/> best scores in order (ties: lower article id first).</summary>
    private static void Keep(List<(int ArticleId, double Score)> best, int articleId, double score, int limit)
    {
        if (best.Count == limit && !Better(score, articleId, best[^1]))
        {
            return;
        }

        var at = best.Count;
        while (at > 0 && Better(score, articleId, best[at - 1]))
        {
            at--;
        }

        best.Insert(at, (articleId, score));
        if (best.Count > limit)
        {
            best.RemoveAt(best.Count - 1);
        }
    }

    private static bool Better(double score, int articleId, (int ArticleId, double Score) other) =>
        score > other.Score || (score == other.Score && articleId < other.ArticleId);

    private const double TitleStrength = 3.0;

    /// <summary>
    /// Shares of the final score: concepts found by field, closeness to a question the writers listed (readers
    /// paraphrase those), and BM25 relevance. BM25 now has no share here: it votes through the rank fusion with
    /// plain BM25 over the whole text (<see cref="MessageSearch"/>), which the older held-out set preferred.
    /// </summary>
    private const double FieldsShare = 0.5;
    private const double SimilarityShare = 0.5;

    /// <summary>How strongly an article holds a concept: in its title, its listed questions, its summary or headings, or only its body.</summary>
    private static double FieldStrength(SearchIndex.Field mask) =>
        (mask & SearchIndex.Field.Title) != 0 ? TitleStrength
        : (mask & SearchIndex.Field.Questions) != 0 ? Tune.Get("Q", 2.4)
        : (mask & SearchIndex.Field.Lead) != 0 ? Tune.Get("Lead", 1.6)
        : Tune.Get("Body", 1.0);

    /// <summary>
    /// Rarer concepts say more about what the reader needs. A synonym group weighs as its most common
    /// member; a lone character (too ambiguous in Chinese to carry much) weighs a third.
    /// </summary>
    private static double Weight(AnalyzedQuery.Concept concept, SearchIndex index)
    {
        if (concept.FromSynonym)
        {
            return concept.Alternatives.Where(a => a.Count > 0).Select(a => a.Average(index.Idf)).DefaultIfEmpty(0).Min();
        }

        var term = concept.Alternatives[0][0];
        return index.Idf(term) * (term.Length == 1 && TextNormalizer.IsHan(term[0]) ? Tune.Get("Single", 0.33) : 1.0);
    }

    /// <summary>The question's terms that pick candidates, rarest first, each with its postings.</summary>
    private static List<(string Term, SearchIndex.Postings Postings)> LookupTerms(AnalyzedQuery query, SearchIndex index)
    {
        var common = index.ArticleCount * 0.6;
        var known = new List<(string Term, SearchIndex.Postings Postings)>();
        foreach (var term in query.Terms)
        {
            if (index.Find(term) is { } postings)
            {
                known.Add((term, postings));
            }
        }

        var telling = known.Where(t => index.ArticleCount < 20 || t.Postings.Count <= common).ToList();
        // A question made only of very common words still needs something to look up.
        var pool = telling.Count > 0 ? telling : known;
        return pool.OrderBy(t => t.Postings.Count).ThenBy(t => t.Term, StringComparer.Ordinal).Take(MaxLookupTerms).ToList();
    }

    /// <summary>
    /// The hit's passage that best matches the question: the one holding the most telling lookup terms
    /// (weighted by rarity), a heading match counting double. Done in memory for the few hits only.
    /// </summary>
    private static int? BestPassage(SearchData data, IReadOnlyList<string> lookup, int articleId)
    {
        if (!data.SectionRanges.TryGetValue(articleId, out var range))
        {
            return null;
        }

        int? best = null;
        var bestScore = 0.0;
        for (var id = range.First; id <= range.Last; id++)
        {
            if (!data.Sections.TryGetValue(id, out var section))
            {
                continue;
            }

            var text = section.NormalizedText;
            var heading = section.NormalizedHeading;
            var score = 0.0;
            foreach (var term in lookup)
            {
                if (heading.Contains(term, StringComparison.Ordinal))
                {
                    score += 2 * data.Idf(term);
                }
                else if (text.Contains(term, StringComparison.Ordinal))
                {
                    score += data.Idf(term);
                }
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = id;
            }
        }

        return best;
    }

    /// <summary>A text read once for showing several hits: its analysis and its lookup terms.</summary>
    internal sealed record PreparedText(AnalyzedQuery Query, List<string> Lookup);

    internal static PreparedText Prepare(KnowledgeBaseSnapshot snapshot, string text)
    {
        var data = snapshot.Search;
        var query = ReadHomophones(QueryAnalyzer.Analyze(text, data.Synonyms), data.Index);
        return new PreparedText(query, LookupTerms(query, data.Index).Select(l => l.Term).ToList());
    }

    /// <summary>The shown hit for an article chosen by a combined ranking: passage and snippet for the prepared text.</summary>
    internal static SearchHit HitFor(KnowledgeBaseSnapshot snapshot, PreparedText text, int articleId, double score) =>
        Hit(snapshot, snapshot.Search, text.Query, articleId, score, BestPassage(snapshot.Search, text.Lookup, articleId));

    private static SearchHit Hit(KnowledgeBaseSnapshot snapshot, SearchData data, AnalyzedQuery query, int articleId, double score, int? sectionId)
    {
        var article = snapshot.ById[articleId];
        var url = "/articles/" + article.Slug;
        var heading = "";
        var passage = article.Summary;
        string? normalized = null;
        if (sectionId is { } id && data.Sections.TryGetValue(id, out var section))
        {
            // Answer first: the link goes to the top of the article (title, short answer, steps) unless this
            // section is plainly the specific answer to the question.
            if (section.Anchor.Length > 0 && AnswerTarget.IsSpecific(data, query, section, article.Title))
            {
                url += "#" + Uri.EscapeDataString(section.Anchor);
                heading = section.Heading;
            }

            if (section.Text.Length > 0)
            {
                passage = section.Text;
                normalized = section.NormalizedText;
            }
        }

        var (html, text) = Snippets.Make(passage, normalized ?? TextNormalizer.Normalize(passage), query);
        return new SearchHit(article, url, heading, html, text, Math.Round(score, 3)) { ArticleId = articleId };
    }

    /// <summary>"你是不是想问…": the listed reader questions closest to what was typed (shared character pairs).</summary>
    public static IReadOnlyList<QuestionSuggestion> Suggest(SearchData data, string? rawQuery, int count = 3)
    {
        var normalized = TextNormalizer.Normalize(QueryAnalyzer.Clean(rawQuery));
        var pairs = ChineseTokenizer.Tokenize(normalized).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var chars = normalized.Where(TextNormalizer.IsHan).ToHashSet();
        return data.Questions
            .Select(q => (q, Score: Dice(pairs, q.Pairs) + (0.3 * CharOverlap(chars, q.Normalized))))
            .Where(x => x.Score > 0.15)
            .OrderByDescending(x => x.Score).ThenBy(x => x.q.Question, StringComparer.Ordinal)
            .DistinctBy(x => x.q.Article.Slug)
            .Take(count)
            .Select(x => new QuestionSuggestion(x.q.Question, x.q.Article))
            .ToList();
    }

    private static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var term in a)
        {
            if (b.Contains(term))
            {
                shared++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

    private static double CharOverlap(HashSet<char> chars, string normalizedQuestion)
    {
        if (chars.Count == 0)
        {
            return 0;
        }

        return (double)chars.Count(normalizedQuestion.Contains) / chars.Count;
    }
}
