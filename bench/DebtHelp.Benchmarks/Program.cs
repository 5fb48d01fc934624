using System.Diagnostics;
using DebtHelp.Web.Articles;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Benchmarks;

/// <summary>
/// Search and indexing benchmark: the real content first (as a cold process meets it), then a generated
/// corpus of 10,000 articles. Writes a Markdown report; see bench/run-search-bench.sh.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        var total = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"[{total.Elapsed:mm\\:ss}] {message}");
        Directory.CreateDirectory(options.WorkFolder);
        try
        {
            // Real content first: the first build in the process pays for JIT and the OpenCC tables, as a cold site does.
            var load = new List<(string When, string Value)> { ("start", LoadAverage.Read()) };
            IReadOnlyList<ReaderQuery> queries = [];
            var today = DateOnly.FromDateTime(DateTime.Now);
            var real = CorpusBench.Measure("real content", options.ContentRoot, Path.Combine(options.WorkFolder, "real", "kb.db"), today,
                content => queries = ReaderQueries.Build(content),
                new CorpusBench.Plan(options.Searches, options.Warmup, options.ThreadSearches, TimeSpan.MaxValue, BuildRepeats: 5, LoadRepeats: 5),
                Log);
            Log($"{queries.Count} queries in the list");
            load.Add(("after real content", LoadAverage.Read()));

            var generatedRoot = Path.Combine(options.WorkFolder, "generated-content");
            var realContent = ContentLoader.Load(options.ContentRoot, new ContentOptions(), today);
            var stopwatch = Stopwatch.StartNew();
            var generatedBytes = new CorpusGenerator(realContent, options.Seed).Write(options.ContentRoot, generatedRoot, options.LargeArticles);
            Log($"generated {options.LargeArticles:N0} articles ({generatedBytes / 1024.0 / 1024.0:N1} MiB) in {stopwatch.Elapsed.TotalSeconds:N1} s");
            realContent = null;
            GC.Collect();

            var large = CorpusBench.Measure($"{options.LargeArticles:N0} generated articles", generatedRoot, Path.Combine(options.WorkFolder, "generated", "kb.db"),
                new DateOnly(2026, 11, 23), _ => queries,
                new CorpusBench.Plan(options.LargeSearches, options.LargeWarmup, options.LargeThreadSearches, TimeSpan.FromSeconds(options.LargeBudgetSeconds),
                    BuildRepeats: 0, LoadRepeats: 2),
                Log);

            load.Add(("end", LoadAverage.Read()));
            var report = MarkdownReport.Write(options, load, queries, real, large);
            if (options.OutputFile is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(options.OutputFile)!);
                File.WriteAllText(options.OutputFile, report);
                Log($"wrote {options.OutputFile}");
            }
            else
            {
                Console.Out.Write(report);
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!options.Keep)
            {
                Directory.Delete(options.WorkFolder, recursive: true);
            }
        }
    }
}
