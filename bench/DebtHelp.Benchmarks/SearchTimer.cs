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
        int QueriesWithoutHits,
        GcActivity Gc);

    /// <summary>What the collector did during a timed run: collections by generation, total pause, bytes allocated per search.</summary>
    public sealed record GcActivity(int Gen0, int Gen1, int Gen2, double PauseMs, double AllocatedKiBPerSearch);

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
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
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
        var gc = new GcActivity(GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
            (GC.GetTotalPauseDuration() - pause).TotalMilliseconds, (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / count);
        var byKind = Enumerable.Range(0, count).GroupBy(i => queries[i % queries.Count].Kind)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => Latencies.FromTicks(g.Select(i => ticks[i])));
        var slowest = Enumerable.Range(0, count).GroupBy(i => i % queries.Count)
            .Select(g => (Index: g.Key, Median: Latencies.FromTicks(g.Select(i => ticks[i])).P50))
            .OrderByDescending(x => x.Median).Take(5)
            .Select(x => new SlowQuery(queries[x.Index], x.Median, QueryAnalyzer.Analyze(queries[x.Index].Text, snapshot.Search.Synonyms).Terms.Count))
            .ToList();
        var withoutHits = queries.Count(q => SearchService.Search(snapshot, q.Text, SearchService.DefaultLimit).Hits.Count == 0);
        return new Run(Latencies.FromTicks(ticks), byKind, count / wall.Elapsed.TotalSeconds, slowest, (double)hits / count, withoutHits, gc);
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
        var phases = new SearchPhases(snapshot);
        var samples = new List<SearchPhases.Sample>();
        for (var round = 0; round < rounds; round++)
        {
            samples.AddRange(queries.Select(q => phases.Run(q.Text)));
        }

        var totalTicks = samples.Sum(s => s.Ticks.Sum());
        var rows = SearchPhases.Names.Select((name, p) =>
        {
            var latencies = Latencies.FromTicks(samples.Select(s => s.Ticks[p]));
            var share = totalTicks == 0 ? 0 : (double)samples.Sum(s => s.Ticks[p]) / totalTicks;
            return (name, latencies.Mean, latencies.P99, share);
        }).ToList();
        return new PhaseRun(rows, samples.Average(s => s.ArticleRows), samples.Average(s => s.SectionRows), samples.Average(s => s.Terms), samples.Max(s => s.Terms));
    }
}
