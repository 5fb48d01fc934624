using System.Diagnostics;
using System.Runtime.CompilerServices;
using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;

namespace DebtHelp.Benchmarks;

/// <summary>Builds, loads and searches one content folder the way the site does, timing each step.</summary>
public static class CorpusBench
{
    public sealed record Memory(long WorkingSet, long GcHeap, long PeakWorkingSet)
    {
        public static Memory Now(bool collect)
        {
            if (collect)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
            }

            using var process = Process.GetCurrentProcess();
            return new Memory(Environment.WorkingSet, GC.GetTotalMemory(forceFullCollection: false), process.PeakWorkingSet64);
        }
    }

    public sealed record BuildResult(
        int Articles,
        int Sections,
        int Errors,
        double LoadMs,
        double BuildMs,
        IReadOnlyList<double> RepeatTotalsMs,
        long IndexBytes,
        Memory AfterBuild);

    public sealed record Result(
        string Name,
        long ContentBytes,
        BuildResult Build,
        double FirstSnapshotLoadMs,
        IReadOnlyList<double> RepeatSnapshotLoadsMs,
        Memory AfterSnapshot,
        SearchTimer.Run Search,
        SearchTimer.ThreadedRun? Threaded,
        int IndexTerms);

    /// <param name="Budget">Time after which the timed search runs stop early (never before a pass over the query list).</param>
    public sealed record Plan(int Searches, int Warmup, int ThreadSearches, TimeSpan Budget, int BuildRepeats, int LoadRepeats);

    public static Result Measure(string name, string contentRoot, string indexPath, DateOnly today, Func<ContentSet, IReadOnlyList<ReaderQuery>> queriesFor,
        Plan plan, Action<string> log)
    {
        var contentBytes = Directory.EnumerateFiles(Path.Combine(contentRoot, ContentLoader.ArticlesFolder), "*.md").Sum(f => new FileInfo(f).Length);
        var (build, queries) = BuildIndex(contentRoot, indexPath, today, queriesFor, plan, log);
        log($"{name}: {build.Articles:N0} articles, load {build.LoadMs:N0} ms + build {build.BuildMs:N0} ms, index {build.IndexBytes / 1024.0 / 1024.0:N1} MiB");

        var stopwatch = Stopwatch.StartNew();
        var snapshot = LoadSnapshot(contentRoot, indexPath);
        var firstLoad = stopwatch.Elapsed.TotalMilliseconds;
        var repeats = new List<double>();
        for (var i = 0; i < plan.LoadRepeats; i++)
        {
            stopwatch.Restart();
            snapshot = LoadSnapshot(contentRoot, indexPath);
            repeats.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        var afterSnapshot = Memory.Now(collect: true);
        log($"{name}: snapshot load {firstLoad:N0} ms first, {Median(repeats):N0} ms median of {repeats.Count}");

        SearchTimer.WarmUp(snapshot, queries, plan.Warmup);
        var search = SearchTimer.SingleThread(snapshot, queries, plan.Searches, plan.Budget);
        log($"{name}: {search.Overall.Count:N0} searches, p50 {search.Overall.P50:N3} ms, p99 {search.Overall.P99:N3} ms, max {search.Overall.Max:N3} ms, {search.QueriesPerSecond:N0}/s");
        SearchTimer.ThreadedRun? threaded = null;
        if (plan.ThreadSearches > 0)
        {
            threaded = SearchTimer.Threads(snapshot, queries, 2, plan.ThreadSearches, plan.Budget);
            log($"{name}: 2 threads, {threaded.QueriesPerSecond:N0}/s, p99 {threaded.Overall.P99:N3} ms");
        }

        GC.KeepAlive(snapshot);
        return new Result(name, contentBytes, build, firstLoad, repeats, afterSnapshot, search, threaded, snapshot.Search.Index.TermCount);
    }

    public static double Median(IReadOnlyList<double> values) =>
        values.Count == 0 ? double.NaN : values.Order().ElementAt((values.Count - 1) / 2);

    /// <summary>What the site does on a cold start with no index file: read every file, then write the index.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (BuildResult, IReadOnlyList<ReaderQuery>) BuildIndex(string contentRoot, string indexPath, DateOnly today,
        Func<ContentSet, IReadOnlyList<ReaderQuery>> queriesFor, Plan plan, Action<string> log)
    {
        var options = new ContentOptions();
        var stopwatch = Stopwatch.StartNew();
        var content = ContentLoader.Load(contentRoot, options, today);
        var loadMs = stopwatch.Elapsed.TotalMilliseconds;
        stopwatch.Restart();
        IndexFile.Write(SnapshotBuilder.Build(content, indexPath));
        var buildMs = stopwatch.Elapsed.TotalMilliseconds;
        var afterBuild = Memory.Now(collect: false);
        var errors = content.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        foreach (var problem in content.Problems.Where(p => p.Severity == ProblemSeverity.Error).Take(5))
        {
            log("  content error: " + problem);
        }

        var repeats = new List<double>();
        for (var i = 0; i < plan.BuildRepeats; i++)
        {
            stopwatch.Restart();
            IndexFile.Write(SnapshotBuilder.Build(ContentLoader.Load(contentRoot, options, today), indexPath));
            repeats.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        var result = new BuildResult(content.Articles.Count, content.Articles.Sum(a => a.Sections.Count), errors, loadMs, buildMs, repeats,
            new FileInfo(indexPath).Length, afterBuild);
        return (result, queriesFor(content));
    }

    /// <summary>The warm start: the index file exists, so the site hashes the content and reads the index back.</summary>
    private static KnowledgeBaseSnapshot LoadSnapshot(string contentRoot, string indexPath)
    {
        var hash = ContentLoader.ComputeHash(contentRoot);
        var synonyms = SynonymTable.Load(contentRoot, []);
        return SnapshotLoader.Load(indexPath, hash, synonyms);
    }
}
