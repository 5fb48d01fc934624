using System.Diagnostics;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;

namespace DebtHelp.Benchmarks;

/// <summary>Times <see cref="SearchService.Search(KnowledgeBaseSnapshot, string?, int)"/> over the query list, as the site calls it.</summary>
public static class SearchTimer
{
    public sealed record SlowQuery(ReaderQuery Query, double MedianMs, int Terms);

    public sealed record Run(
        Latencies Overall,
        IReadOnlyDictionary<QueryKind, Latencies> ByKind,
        double QueriesPerSecond,
        IReadOnlyList<SlowQuery> Slowest,
        double MeanHits,
        int QueriesWithoutHits);

    public sealed record ThreadedRun(int Threads, int Searches, double QueriesPerSecond, Latencies Overall);

    public sealed record PhaseRun(
        IReadOnlyList<(string Phase, double MeanMs, double P99Ms, double Share)> Phases,
        double MeanArticleRows,
        double MeanSectionRows,
        double MeanTerms,
        int MaxTerms);

    public static void WarmUp(KnowledgeBaseSnapshot snapshot, IReadOnlyList<ReaderQuery> queries, int count)
    {
        for (var i = 0; i < count; i++)
        {
            SearchService.Search(snapshot, queries[i % queries.Count].Text, SearchService.DefaultLimit);
        }
    }

    public static Run SingleThread(KnowledgeBaseSnapshot snapshot, IReadOnlyList<ReaderQuery> queries, int count)
    {
        var ticks = new long[count];
        long hits = 0;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var query = queries[i % queries.Count];
            var start = Stopwatch.GetTimestamp();
            var outcome = SearchService.Search(snapshot, query.Text, SearchService.DefaultLimit);
            ticks[i] = Stopwatch.GetTimestamp() - start;
            hits += outcome.Hits.Count;
        }

        wall.Stop();
        var byKind = Enumerable.Range(0, count).GroupBy(i => queries[i % queries.Count].Kind)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => Latencies.FromTicks(g.Select(i => ticks[i])));
        var slowest = Enumerable.Range(0, count).GroupBy(i => i % queries.Count)
            .Select(g => (Index: g.Key, Median: Latencies.FromTicks(g.Select(i => ticks[i])).P50))
            .OrderByDescending(x => x.Median).Take(5)
            .Select(x => new SlowQuery(queries[x.Index], x.Median, QueryAnalyzer.Analyze(queries[x.Index].Text, snapshot.Search.Synonyms).Terms.Count))
            .ToList();
        var withoutHits = queries.Count(q => SearchService.Search(snapshot, q.Text, SearchService.DefaultLimit).Hits.Count == 0);
        return new Run(Latencies.FromTicks(ticks), byKind, count / wall.Elapsed.TotalSeconds, slowest, (double)hits / count, withoutHits);
    }

    /// <summary>Several threads searching at once, each over the list from a different starting point.</summary>
    public static ThreadedRun Threads(KnowledgeBaseSnapshot snapshot, IReadOnlyList<ReaderQuery> queries, int threads, int searchesPerThread)
    {
        var ticks = new long[threads][];
        using var start = new Barrier(threads + 1);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = ticks[t] = new long[searchesPerThread];
            var offset = t * queries.Count / threads;
            start.SignalAndWait();
            for (var i = 0; i < searchesPerThread; i++)
            {
                var begin = Stopwatch.GetTimestamp();
                SearchService.Search(snapshot, queries[(offset + i) % queries.Count].Text, SearchService.DefaultLimit);
                mine[i] = Stopwatch.GetTimestamp() - begin;
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        start.SignalAndWait();
        var wall = Stopwatch.StartNew();
        workers.ForEach(w => w.Join());
        wall.Stop();
        var total = threads * searchesPerThread;
        return new ThreadedRun(threads, total, total / wall.Elapsed.TotalSeconds, Latencies.FromTicks(ticks.SelectMany(t => t)));
    }

    public static PhaseRun Phases(KnowledgeBaseSnapshot snapshot, IReadOnlyList<ReaderQuery> queries, int rounds)
    {
        var perPhase = SearchPhases.Names.Select(_ => new List<long>()).ToArray();
        long articleRows = 0, sectionRows = 0, terms = 0;
        var maxTerms = 0;
        var ticks = new long[SearchPhases.Names.Length];
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                Array.Clear(ticks);
                var result = SearchPhases.Run(snapshot, query.Text, SearchService.DefaultLimit, ticks);
                for (var p = 0; p < ticks.Length; p++)
                {
                    perPhase[p].Add(ticks[p]);
                }

                articleRows += result.ArticleRows;
                sectionRows += result.SectionRows;
                terms += result.Terms;
                maxTerms = Math.Max(maxTerms, result.Terms);
            }
        }

        var runs = (double)rounds * queries.Count;
        var totalTicks = perPhase.Sum(p => p.Sum());
        var phases = SearchPhases.Names.Select((name, p) =>
        {
            var latencies = Latencies.FromTicks(perPhase[p]);
            return (name, latencies.Mean, latencies.P99, totalTicks == 0 ? 0 : (double)perPhase[p].Sum() / totalTicks);
        }).ToList();
        return new PhaseRun(phases, articleRows / runs, sectionRows / runs, terms / runs, maxTerms);
    }
}
