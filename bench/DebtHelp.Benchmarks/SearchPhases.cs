using System.Diagnostics;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Benchmarks;

/// <summary>
/// A copy of <see cref="SearchService.Search(KnowledgeBaseSnapshot, string?, int)"/> with a stopwatch between
/// its steps, to show where a search spends its time. <see cref="MatchesService"/> checks the copy still
/// returns what the real one returns; when SearchService changes, update this copy with it.
/// </summary>
public static class SearchPhases
{
    public static readonly string[] Names = ["analyse", "open connection", "FTS articles", "FTS sections", "rank", "hits + snippets", "suggestions"];

    private const int ArticleCandidates = 200;
    private const int SectionCandidates = 400;

    /// <summary>Runs one search; adds the ticks of each phase to <paramref name="ticks"/> (indexed like <see cref="Names"/>).</summary>
    public static (IReadOnlyList<SearchHit> Hits, int ArticleRows, int SectionRows, int Terms) Run(
        KnowledgeBaseSnapshot snapshot, string? rawQuery, int limit, long[] ticks)
    {
        var t = Stopwatch.GetTimestamp();
        void Lap(int phase)
        {
            var now = Stopwatch.GetTimestamp();
            ticks[phase] += now - t;
            t = now;
        }

        var data = snapshot.Search;
        var query = QueryAnalyzer.Analyze(rawQuery, data.Synonyms);
        _ = QueryAnalyzer.Clean(rawQuery).Trim();
        if (query.IsEmpty)
        {
            Lap(0);
            return ([], 0, 0, 0);
        }

        limit = Math.Clamp(limit, 1, SearchService.MaxLimit);
        var match = QueryAnalyzer.ToFtsMatch(query.Terms);
        var articleScores = new Dictionary<int, double>();
        var bestSection = new Dictionary<int, (int SectionId, double Score)>();
        int articleRows = 0, sectionRows = 0;
        Lap(0);
        using (var connection = new SqliteConnection(data.ConnectionString))
        {
            connection.Open();
            Lap(1);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid, bm25(article_fts, 10.0, 8.0, 4.0) FROM article_fts WHERE article_fts MATCH $q ORDER BY rank LIMIT $n";
            command.Parameters.AddWithValue("$q", match);
            command.Parameters.AddWithValue("$n", ArticleCandidates);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    articleScores[reader.GetInt32(0)] = -reader.GetDouble(1);
                    articleRows++;
                }
            }

            Lap(2);
            command.CommandText = "SELECT rowid, bm25(section_fts, 3.0, 1.0) FROM section_fts WHERE section_fts MATCH $q ORDER BY rank LIMIT $n";
            command.Parameters["$n"].Value = SectionCandidates;
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var sectionId = reader.GetInt32(0);
                    var score = -reader.GetDouble(1);
                    sectionRows++;
                    if (data.Sections.TryGetValue(sectionId, out var section)
                        && (!bestSection.TryGetValue(section.ArticleId, out var current) || score > current.Score))
                    {
                        bestSection[section.ArticleId] = (sectionId, score);
                    }
                }
            }

            Lap(3);
        }

        var totalWeight = query.Concepts.Sum(c => Weight(c, data));
        var ranked = new List<(int ArticleId, double Score)>();
        foreach (var articleId in articleScores.Keys.Union(bestSection.Keys))
        {
            if (!data.Terms.TryGetValue(articleId, out var terms))
            {
                continue;
            }

            double covered = 0, phrase = 0;
            foreach (var concept in query.Concepts)
            {
                if (concept.Alternatives.Any(alt => alt.All(terms.All.Contains)))
                {
                    covered += Weight(concept, data);
                    if (concept.Alternatives.Any(alt => ContainsPhrase(terms.NormalizedTitleAndQuestions, alt)))
                    {
                        phrase += Weight(concept, data);
                    }
                }
            }

            var coverage = totalWeight > 0 ? covered / totalWeight : 0;
            var titleCoverage = totalWeight > 0 ? phrase / totalWeight : 0;
            var relevance = articleScores.GetValueOrDefault(articleId) + (0.6 * (bestSection.TryGetValue(articleId, out var best) ? best.Score : 0));
            var score = relevance * (0.1 + coverage) * (0.1 + coverage) * (1 + titleCoverage);
            ranked.Add((articleId, score));
        }

        var top = ranked.OrderByDescending(r => r.Score).ThenBy(r => r.ArticleId).Take(limit).ToList();
        Lap(4);
        var hits = top.Select(r => Hit(snapshot, data, query, r.ArticleId, r.Score, bestSection)).ToList();
        Lap(5);
        if (hits.Count == 0)
        {
            _ = SearchService.Suggest(data, rawQuery);
            Lap(6);
        }

        return (hits, articleRows, sectionRows, query.Terms.Count);
    }

    /// <summary>True when the copy and the real search return the same hits, in the same order, for every query.</summary>
    public static (int Same, int Total, string? FirstDifference) MatchesService(KnowledgeBaseSnapshot snapshot, IReadOnlyList<ReaderQuery> queries)
    {
        var ticks = new long[Names.Length];
        var same = 0;
        string? first = null;
        foreach (var query in queries)
        {
            var real = SearchService.Search(snapshot, query.Text, SearchService.DefaultLimit).Hits;
            var copy = Run(snapshot, query.Text, SearchService.DefaultLimit, ticks).Hits;
            if (real.Select(h => (h.Url, h.SnippetText)).SequenceEqual(copy.Select(h => (h.Url, h.SnippetText))))
            {
                same++;
            }
            else
            {
                first ??= query.Text;
            }
        }

        return (same, queries.Count, first);
    }

    private static double Weight(AnalyzedQuery.Concept concept, SearchData data) =>
        concept.FromSynonym ? concept.Alternatives.Max(alt => alt.Count == 0 ? 0 : alt.Average(data.Idf)) : data.Idf(concept.Alternatives[0][0]);

    private static bool ContainsPhrase(string text, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            return false;
        }

        var phrase = terms[0] + string.Concat(terms.Skip(1).Select(t => t.Length == 2 ? t[1..] : " " + t));
        return text.Contains(phrase, StringComparison.Ordinal);
    }

    private static SearchHit Hit(KnowledgeBaseSnapshot snapshot, SearchData data, AnalyzedQuery query, int articleId, double score,
        Dictionary<int, (int SectionId, double Score)> bestSection)
    {
        var article = snapshot.ById[articleId];
        var url = "/articles/" + article.Slug;
        var heading = "";
        var passage = article.Summary;
        if (bestSection.TryGetValue(articleId, out var best) && data.Sections.TryGetValue(best.SectionId, out var section))
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
}
