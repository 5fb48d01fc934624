using System.Diagnostics;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;

namespace DebtHelp.Benchmarks;

/// <summary>Times <see cref="SearchEngine.Search(KnowledgeBaseSnapshot.Search, string?, int)"/> over the query list, as the site calls it.</summary>
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

    public sealed record ThreadedRun(int Threads, int Searches, double QueriesPerSecond, Latencies Overall, GcActivity Gc);

    public static void WarmUp(KnowledgeBaseSnapshot snapshot, IReadOnlyList<ReaderQuery> queries, int count)
    {
        for (var i = 0; i < count; i++)
        {
            SearchEngine.Search(snapshot.Search, queries[i % queries.Count].Text, SearchEngine.DefaultLimit);
        }
    }

    /// <summary>
    /// Times up to <paramref name="count"/> searches; past <paramref name="budget"/> it stops early, but never before
    /// one full pass over the list, so every query counts.
    /// </summary>
    public static Run SingleThread(KnowledgeBaseSnapshot snapshot, IReadOnlyList<ReaderQuery> queries, int count, TimeSpan budget)
    {
        var ticks = new long[count];
        long hits = 0;
        var gcWatch = GcActivity.Start();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (i >= queries.Count && wall.Elapsed > budget)
            {
                count = i;
                Array.Resize(ref ticks, count);
                break;
            }

            var query = queries[i % queries.Count];
            var start = Stopwatch.GetTimestamp();
            var outcome = SearchEngine.Search(snapshot.Search, query.Text, SearchEngine.DefaultLimit);
            ticks[i] = Stopwatch.GetTimestamp() - start;
            hits += outcome.Hits.Count;
        }

        wall.Stop();
        var gc = gcWatch(count, GC.GetAllocatedBytesForCurrentThread() - allocated);
        var byKind = Enumerable.Range(0, count).GroupBy(i => queries[i % queries.Count].Kind)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => Latencies.FromTicks(g.Select(i => ticks[i])));
        var slowest = Enumerable.Range(0, count).GroupBy(i => i % queries.Count)
            .Select(g => (Index: g.Key, Median: Latencies.FromTicks(g.Select(i => ticks[i])).P50))
            .OrderByDescending(x => x.Median).Take(5)
            .Select(x => new SlowQuery(queries[x.Index], x.Median, QueryAnalyzer.Analyze(queries[x.Index].Text, snapshot.Search.Synonyms).Terms.Count))
            .ToList();
        var withoutHits = queries.Count(q => SearchEngine.Search(snapshot.Search, q.Text, SearchEngine.DefaultLimit).Hits.Count == 0);
        return new Run(Latencies.FromTicks(ticks), byKind, count / wall.Elapsed.TotalSeconds, slowest, (double)hits / count, withoutHits, gc);
    }

    /// <summary>Several threads searching at once, each over the list from a different starting point.</summary>
    /// <remarks>Past <paramref name="budget"/> each thread stops once it has done a quarter of the list.</remarks>
    public static ThreadedRun Threads(KnowledgeBaseSnapshot snapshot, IReadOnlyList<ReaderQuery> queries, int threads, int searchesPerThread, TimeSpan budget)
    {
        var ticks = new long[threads][];
        var allocated = new long[threads];
        using var start = new Barrier(threads + 1);
        var wall = new Stopwatch();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = ticks[t] = new long[searchesPerThread];
            var offset = t * queries.Count / threads;
            start.SignalAndWait();
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < searchesPerThread; i++)
            {
                if (i >= queries.Count / 4 && wall.Elapsed > budget)
                {
                    Array.Resize(ref ticks[t], i);
                    break;
                }

                var begin = Stopwatch.GetTimestamp();
                SearchEngine.Search(snapshot.Search, queries[(offset + i) % queries.Count].Text, SearchEngine.DefaultLimit);
                mine[i] = Stopwatch.GetTimestamp() - begin;
            }

            allocated[t] = GC.GetAllocatedBytesForCurrentThread() - before;
        })).ToList();
        workers.ForEach(w => w.Start());
        var gcWatch = GcActivity.Start();
        wall.Start();
        start.SignalAndWait();
        workers.ForEach(w => w.Join());
        wall.Stop();
        var total = ticks.Sum(t => t.Length);
        return new ThreadedRun(threads, total, total / wall.Elapsed.TotalSeconds, Latencies.FromTicks(ticks.SelectMany(t => t)), gcWatch(total, allocated.Sum()));
    }
}
