using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Search;

/// <summary>
/// Answers a reader's question: FTS5 finds candidate articles and passages (BM25, title and listed questions
/// weighted above body text); the ranking then rewards articles that cover more of the question's meaning.
/// Runs on a plain pooled <see cref="SqliteConnection"/>: this is the hot path.
/// </summary>
public sealed class SearchService(KnowledgeBaseHolder holder, ILogger<SearchService> logger)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;

    /// <summary>Articles fetched from FTS5 for ranking; the ranking itself then runs in memory.</summary>
    private const int ArticleCandidates = 150;

    /// <summary>
    /// The FTS5 lookup uses only the most telling terms: every extra OR'ed term costs a pass over its
    /// document list, and a term found in most articles ranks nothing. All concepts still count in ranking.
    /// </summary>
    private const int MaxLookupTerms = 16;

    public SearchOutcome Search(string? rawQuery, int limit = DefaultLimit)
    {
        // A rebuild may swap the index file away mid-query; the next snapshot answers instead.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var snapshot = holder.Current;
            if (snapshot is null)
            {
                return SearchOutcome.Empty;
            }

            try
            {
                return Search(snapshot, rawQuery, limit);
            }
            catch (SqliteException ex) when (attempt == 0 && holder.Current != snapshot)
            {
                logger.LogWarning("Search index {IndexPath} failed ({Reason}); retrying with the current index", snapshot.IndexPath, ex.Message);
                SqliteConnection.ClearPool(new SqliteConnection(snapshot.Search.ConnectionString));
            }
            catch (SqliteException ex)
            {
                logger.LogError(ex, "Search index {IndexPath} is unusable; answering with no results and rebuilding it", snapshot.IndexPath);
                holder.ReportBrokenIndex();
                return new SearchOutcome(QueryAnalyzer.Clean(rawQuery).Trim(), [], []);
            }
        }

        return SearchOutcome.Empty;
    }

    public static SearchOutcome Search(KnowledgeBaseSnapshot snapshot, string? rawQuery, int limit = DefaultLimit)
    {
        var data = snapshot.Search;
        var query = QueryAnalyzer.Analyze(rawQuery, data.Synonyms);
        var display = QueryAnalyzer.Clean(rawQuery).Trim();
        if (query.IsEmpty)
        {
            return new SearchOutcome(display, [], []);
        }

        limit = Math.Clamp(limit, 1, MaxLimit);
        var articleScores = new Dictionary<int, double>();
        var lookup = LookupTerms(query, data);
        if (lookup.Count == 0)
        {
            return new SearchOutcome(display, [], Suggest(data, rawQuery));
        }

        using var connection = new SqliteConnection(data.ConnectionString);
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            // Titles, listed questions and summaries first: their document lists are short even in a large
            // corpus. The body is searched too only when they give few candidates.
            command.CommandText = "SELECT rowid, bm25(article_fts, 10.0, 8.0, 4.0, 1.0) FROM article_fts WHERE article_fts MATCH $q ORDER BY rank LIMIT $n";
            var match = QueryAnalyzer.ToFtsMatch(lookup);
            command.Parameters.AddWithValue("$q", "{title questions summary} : (" + match + ")");
            command.Parameters.AddWithValue("$n", ArticleCandidates);
            Read(command, articleScores);
            if (articleScores.Count < MinHeadCandidates)
            {
                command.Parameters["$q"].Value = match;
                Read(command, articleScores);
            }
        }

        // Each concept of the question scores by the best field that holds it; the BM25 relevance of the
        // candidate (term frequency, length) adds a smaller share, mainly to order near-ties.
        // Weights depend on the query only: computed once, not once per candidate.
        var weights = query.Concepts.Select(c => Weight(c, data)).ToArray();
        var totalWeight = weights.Sum();
        var maxRelevance = 0.0;
        var shape = SearchData.Shape(QueryAnalyzer.Clean(rawQuery), data.Synonyms);
        var candidates = new List<(int ArticleId, double Fields, double Relevance, double Similarity)>();
        foreach (var articleId in articleScores.Keys)
        {
            if (!data.Terms.TryGetValue(articleId, out var terms))
            {
                continue;
            }

            var fields = 0.0;
            for (var c = 0; c < weights.Length; c++)
            {
                fields += weights[c] * FieldStrength(query.Concepts[c], terms);
            }

            var relevance = articleScores[articleId];
            maxRelevance = Math.Max(maxRelevance, relevance);
            var similarity = terms.Shapes.Count == 0 ? 0 : terms.Shapes.Max(s => Dice(shape, s));
            candidates.Add((articleId, totalWeight > 0 ? fields / (TitleStrength * totalWeight) : 0, relevance, similarity));
        }

        var ranked = candidates
            .Select(c => (c.ArticleId, Score: (FieldsShare * c.Fields) + (SimilarityShare * c.Similarity)
                + ((1 - FieldsShare - SimilarityShare) * (maxRelevance > 0 ? c.Relevance / maxRelevance : 0))))
            .ToList();

        var top = ranked.OrderByDescending(r => r.Score).ThenBy(r => r.ArticleId).Take(limit).ToList();
        var hits = new List<SearchHit>(top.Count);
        foreach (var (articleId, score) in top)
        {
            hits.Add(Hit(snapshot, data, query, articleId, score, BestPassage(data, lookup, articleId)));
        }

        return new SearchOutcome(display, hits, hits.Count == 0 ? Suggest(data, rawQuery) : []);
    }

    private const double TitleStrength = 3.0;

    /// <summary>
    /// Shares of the final score: concepts found by field, closeness to a question the writers listed (readers
    /// paraphrase those), and BM25 relevance.
    /// </summary>
    private const double FieldsShare = 0.55;
    private const double SimilarityShare = 0.3;

    /// <summary>How strongly an article holds a concept: in its title, its listed questions, its summary or headings, or only its body.</summary>
    private static double FieldStrength(AnalyzedQuery.Concept concept, SearchData.ArticleTerms terms)
    {
        double Best(HashSet<string> field) => concept.Alternatives.Any(alt => alt.All(field.Contains)) ? 1 : 0;
        return Best(terms.Title) > 0 ? TitleStrength
            : Best(terms.Questions) > 0 ? 2.4
            : Best(terms.Lead) > 0 ? 1.6
            : Best(terms.All) > 0 ? 1.0
            : 0;
    }

    /// <summary>
    /// Rarer concepts say more about what the reader needs. A synonym group weighs as its most common
    /// member; a lone character (too ambiguous in Chinese to carry much) weighs a third.
    /// </summary>
    private static double Weight(AnalyzedQuery.Concept concept, SearchData data)
    {
        if (concept.FromSynonym)
        {
            return concept.Alternatives.Where(a => a.Count > 0).Select(a => a.Average(data.Idf)).DefaultIfEmpty(0).Min();
        }

        var term = concept.Alternatives[0][0];
        return data.Idf(term) * (term.Length == 1 && TextNormalizer.IsHan(term[0]) ? 0.33 : 1.0);
    }

    private const int MinHeadCandidates = 30;

    private static void Read(SqliteCommand command, Dictionary<int, double> scores)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt32(0);
            var score = -reader.GetDouble(1);
            if (!scores.TryGetValue(id, out var known) || score > known)
            {
                scores[id] = score;
            }
        }
    }

    private static List<string> LookupTerms(AnalyzedQuery query, SearchData data)
    {
        var common = data.ArticleCount * 0.6;
        var known = query.Terms.Where(t => data.DocumentFrequency.GetValueOrDefault(t) > 0).ToList();
        var telling = known.Where(t => data.ArticleCount < 20 || data.DocumentFrequency[t] <= common).ToList();
        // A question made only of very common words still needs something to look up.
        var pool = telling.Count > 0 ? telling : known;
        return pool.OrderBy(t => data.DocumentFrequency[t]).ThenBy(t => t, StringComparer.Ordinal).Take(MaxLookupTerms).ToList();
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

            var text = TextNormalizer.Normalize(section.Text);
            var heading = section.Anchor.Length > 0 ? TextNormalizer.Normalize(section.Heading) : "";
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

    private static SearchHit Hit(KnowledgeBaseSnapshot snapshot, SearchData data, AnalyzedQuery query, int articleId, double score, int? sectionId)
    {
        var article = snapshot.ById[articleId];
        var url = "/articles/" + article.Slug;
        var heading = "";
        var passage = article.Summary;
        if (sectionId is { } id && data.Sections.TryGetValue(id, out var section))
        {
            if (section.Anchor.Length > 0)
            {
                url += "#" + Uri.EscapeDataString(section.Anchor);
                heading = section.Heading;
            }

            passage = section.Text.Length > 0 ? section.Text : article.Summary;
        }

        var (html, text) = Snippets.Make(passage, query);
        return new SearchHit(article, url, heading, html, text, Math.Round(score, 3));
    }

    /// <summary>"你是不是想问…": the listed reader questions closest to what was typed (shared character pairs).</summary>
    public static IReadOnlyList<QuestionSuggestion> Suggest(SearchData data, string? rawQuery, int count = 3)
    {
        var normalized = TextNormalizer.Normalize(QueryAnalyzer.Clean(rawQuery));
        var pairs = ChineseTokenizer.Tokenize(normalized).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var chars = normalized.Where(TextNormalizer.IsHan).ToHashSet();
        return data.Questions
            .Select(q => (q, Score: Dice(pairs, q.Pairs) + (0.3 * CharOverlap(chars, q.Question))))
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

        return 2.0 * a.Count(b.Contains) / (a.Count + b.Count);
    }

    private static double CharOverlap(HashSet<char> chars, string question)
    {
        if (chars.Count == 0)
        {
            return 0;
        }

        var normalized = TextNormalizer.Normalize(question);
        return (double)chars.Count(normalized.Contains) / chars.Count;
    }
}
