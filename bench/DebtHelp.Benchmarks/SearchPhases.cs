using System.Diagnostics;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Benchmarks;

/// <summary>
/// Splits the time of one search into its steps without copying the ranking: the whole search is timed, then
/// each step it is made of is re-run and timed on its own (query analysis, the two FTS5 queries exactly as
/// <see cref="SearchService"/> issues them, the snippets of the hits it returned, the suggestions when it
/// found nothing). Ranking is what remains. Ranking can change freely without this file falling out of date.
/// </summary>
public sealed class SearchPhases
{
    public static readonly string[] Names = ["analyse query", "open connection", "FTS5 articles", "FTS5 sections", "snippets", "suggestions (no hits)", "ranking and the rest"];

    // As in SearchService (private constants there).
    private const int ArticleCandidates = 200;
    private const int SectionCandidates = 400;
    private const string ArticleSql = "SELECT rowid, bm25(article_fts, 10.0, 8.0, 4.0) FROM article_fts WHERE article_fts MATCH $q ORDER BY rank LIMIT $n";
    private const string SectionSql = "SELECT rowid, bm25(section_fts, 3.0, 1.0) FROM section_fts WHERE section_fts MATCH $q ORDER BY rank LIMIT $n";

    private readonly KnowledgeBaseSnapshot _snapshot;
    private readonly Dictionary<(int ArticleId, string Anchor), SearchData.SectionInfo> _sections = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public SearchPhases(KnowledgeBaseSnapshot snapshot)
    {
        _snapshot = snapshot;
        foreach (var section in snapshot.Search.Sections.Values)
        {
            _sections.TryAdd((section.ArticleId, section.Anchor), section);
        }

        foreach (var (id, article) in snapshot.ById)
        {
            _ids[article.Slug] = id;
        }
    }

    public sealed record Sample(long[] Ticks, int ArticleRows, int SectionRows, int Terms);

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
        var match = QueryAnalyzer.ToFtsMatch(query.Terms);
        Lap(0);
        int articleRows = 0, sectionRows = 0;
        if (!query.IsEmpty)
        {
            using var connection = new SqliteConnection(data.ConnectionString);
            connection.Open();
            Lap(1);
            using var command = connection.CreateCommand();
            command.CommandText = ArticleSql;
            command.Parameters.AddWithValue("$q", match);
            command.Parameters.AddWithValue("$n", ArticleCandidates);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    _ = reader.GetInt32(0) + reader.GetDouble(1);
                    articleRows++;
                }
            }

            Lap(2);
            command.CommandText = SectionSql;
            command.Parameters["$n"].Value = SectionCandidates;
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    _ = data.Sections.TryGetValue(reader.GetInt32(0), out _) && reader.GetDouble(1) > 0;
                    sectionRows++;
                }
            }

            Lap(3);
        }

        foreach (var hit in outcome.Hits)
        {
            Snippets.Make(Passage(hit), query);
        }

        Lap(4);
        if (outcome.Hits.Count == 0 && !query.IsEmpty)
        {
            SearchService.Suggest(data, rawQuery);
            Lap(5);
        }

        ticks[6] = Math.Max(0, total - ticks.Take(6).Sum());
        return new Sample(ticks, articleRows, sectionRows, query.Terms.Count);
    }

    /// <summary>The passage the search made the hit's snippet from: the linked section, else the lead text, else the summary.</summary>
    private string Passage(SearchHit hit)
    {
        var id = _ids[hit.Article.Slug];
        var hash = hit.Url.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash < 0 ? "" : Uri.UnescapeDataString(hit.Url[(hash + 1)..]);
        if (_sections.TryGetValue((id, anchor), out var section) && section.Text.Length > 0
            && (hash >= 0 || section.Text.Replace('\n', ' ').Contains(hit.SnippetText.Trim('…'), StringComparison.Ordinal)))
        {
            return section.Text;
        }

        return hit.Article.Summary;
    }
}
