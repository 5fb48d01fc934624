using System.Diagnostics;
using System.Globalization;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Benchmarks;

/// <summary>
/// Splits the time of one search into its steps without copying the ranking: the whole search is timed, then
/// each step it is made of is re-run and timed on its own (query analysis and the choice of lookup terms, the
/// FTS5 article lookup, the snippets, the suggestions when nothing was found). Ranking and the choice of
/// passages are what remains. The SQL and the lookup-term rule are copied from <see cref="SearchService"/>;
/// a check (every hit is among the copied lookup's candidates) shows in the report when the copy has fallen behind.
/// </summary>
public sealed class SearchPhases
{
    public static readonly string[] Names =
        ["analyse query", "open connection", "FTS5 article lookup", "ranking, passage choice and the rest", "snippets", "suggestions (no hits)"];

    private const int Analyse = 0, Open = 1, Lookup = 2, Rest = 3, Snippet = 4, Suggestions = 5;

    // As in SearchService (private there).
    private const int ArticleCandidates = 150;
    private const int MaxLookupTerms = 16;
    private const double CommonShare = 0.6;
    private const string ArticleSql = "SELECT rowid, bm25(article_fts, 10.0, 8.0, 4.0, 1.0) FROM article_fts WHERE article_fts MATCH $q ORDER BY rank LIMIT $n";

    private readonly KnowledgeBaseSnapshot _snapshot;
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public SearchPhases(KnowledgeBaseSnapshot snapshot)
    {
        _snapshot = snapshot;
        foreach (var (id, article) in snapshot.ById)
        {
            _ids[article.Slug] = id;
        }
    }

    /// <param name="Ticks">Per phase, indexed like <see cref="Names"/>.</param>
    /// <param name="MatchingArticles">Articles matching any lookup term: BM25 is computed for every one of them before the LIMIT.</param>
    /// <param name="UnrankedLookupTicks">The article lookup without ORDER BY rank, for comparison.</param>
    /// <param name="HitsAmongCandidates">Hits found among the copied lookup's candidates (should equal Hits).</param>
    public sealed record Sample(long[] Ticks, int Terms, int LookupTerms, int MatchingArticles, long UnrankedLookupTicks, int Hits, int HitsAmongCandidates);

    public Sample Run(string rawQuery)
    {
        var ticks = new long[Names.Length];
        var data = _snapshot.Search;
        var start = Stopwatch.GetTimestamp();
        var outcome = SearchService.Search(_snapshot, rawQuery, SearchService.DefaultLimit);
        var total = Stopwatch.GetTimestamp() - start;

        var t = Stopwatch.GetTimestamp();
        void Lap(int phase)
        {
            var now = Stopwatch.GetTimestamp();
            ticks[phase] += now - t;
            t = now;
        }

        var query = QueryAnalyzer.Analyze(rawQuery, data.Synonyms);
        _ = QueryAnalyzer.Clean(rawQuery).Trim();
        var lookup = LookupTerms(query, data);
        var match = QueryAnalyzer.ToFtsMatch(lookup);
        Lap(Analyse);
        var candidates = new HashSet<int>();
        int matching = 0, amongCandidates = 0;
        long unranked = 0;
        if (lookup.Count > 0)
        {
            using var connection = new SqliteConnection(data.ConnectionString);
            connection.Open();
            Lap(Open);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = ArticleSql;
                command.Parameters.AddWithValue("$q", match);
                command.Parameters.AddWithValue("$n", ArticleCandidates);
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        candidates.Add(reader.GetInt32(0));
                        _ = reader.GetDouble(1);
                    }
                }

                Lap(Lookup);

                // Diagnostics, outside the phases: how many articles the ranked lookup scores, and what skipping that ranking would cost.
                command.CommandText = "SELECT count(*) FROM article_fts WHERE article_fts MATCH $q";
                matching = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
                var before = Stopwatch.GetTimestamp();
                command.CommandText = "SELECT rowid FROM article_fts WHERE article_fts MATCH $q LIMIT $n";
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        _ = reader.GetInt32(0);
                    }
                }

                unranked = Stopwatch.GetTimestamp() - before;
                t = Stopwatch.GetTimestamp();
            }

            amongCandidates = outcome.Hits.Count(h => candidates.Contains(_ids[h.Article.Slug]));
            t = Stopwatch.GetTimestamp();
            foreach (var hit in outcome.Hits)
            {
                Snippets.Make(Passage(hit), query);
            }

            Lap(Snippet);
        }

        if (outcome.Hits.Count == 0 && !query.IsEmpty)
        {
            SearchService.Suggest(data, rawQuery);
            Lap(Suggestions);
        }

        ticks[Rest] = Math.Max(0, total - ticks.Sum());
        return new Sample(ticks, query.Terms.Count, lookup.Count, matching, unranked, outcome.Hits.Count, amongCandidates);
    }

    /// <summary>The passage the hit's snippet was made from: the section its link names, else the text before the first heading, else the summary.</summary>
    private string Passage(SearchHit hit)
    {
        var data = _snapshot.Search;
        var hash = hit.Url.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash < 0 ? "" : Uri.UnescapeDataString(hit.Url[(hash + 1)..]);
        if (data.SectionRanges.TryGetValue(_ids[hit.Article.Slug], out var range))
        {
            for (var id = range.First; id <= range.Last; id++)
            {
                if (data.Sections.TryGetValue(id, out var section) && section.Anchor == anchor && section.Text.Length > 0)
                {
                    return section.Text;
                }
            }
        }

        return hit.Article.Summary;
    }

    private static List<string> LookupTerms(AnalyzedQuery query, SearchData data)
    {
        var common = data.ArticleCount * CommonShare;
        var known = query.Terms.Where(t => data.DocumentFrequency.GetValueOrDefault(t) > 0).ToList();
        var telling = known.Where(t => data.ArticleCount < 20 || data.DocumentFrequency[t] <= common).ToList();
        var pool = telling.Count > 0 ? telling : known;
        return pool.OrderBy(t => data.DocumentFrequency[t]).ThenBy(t => t, StringComparer.Ordinal).Take(MaxLookupTerms).ToList();
    }
}
