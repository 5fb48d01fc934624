using System.Globalization;

namespace DebtHelp.Benchmarks;

/// <summary>Command-line settings. The defaults are the committed benchmark; smaller numbers make a quick check.</summary>
public sealed class BenchOptions
{
    public string ContentRoot { get; private set; } = "";
    public string? OutputFile { get; private set; }
    public string WorkFolder { get; private set; } = Path.Combine(Path.GetTempPath(), "debthelp-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    public bool Keep { get; private set; }
    public int Searches { get; private set; } = 20_000;
    public int Warmup { get; private set; } = 500;
    public int ThreadSearches { get; private set; } = 10_000;
    public int LargeArticles { get; private set; } = 10_000;
    // At 10,000 articles a search takes tens to hundreds of milliseconds; these keep the run to minutes.
    public int LargeSearches { get; private set; } = 2_000;
    public int LargeThreadSearches { get; private set; } = 500;
    public int LargeWarmup { get; private set; } = 100;
    public int LargeBudgetSeconds { get; private set; } = 300;
    public int Seed { get; private set; } = 42;
    public List<(string Name, string Value)> Machine { get; } = [];

    public const string Usage = """
        DebtHelp.Benchmarks [--content DIR] [--out FILE] [--work DIR] [--keep]
                            [--searches N] [--warmup N] [--thread-searches N]
                            [--articles N] [--large-searches N] [--large-thread-searches N]
                            [--large-warmup N] [--large-budget SECONDS] [--seed N]
                            [--machine "Name=value"]...
        """;

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--content": options.ContentRoot = Path.GetFullPath(Next()); break;
                case "--out": options.OutputFile = Path.GetFullPath(Next()); break;
                case "--work": options.WorkFolder = Path.GetFullPath(Next()); break;
                case "--keep": options.Keep = true; break;
                case "--searches": options.Searches = Number(); break;
                case "--warmup": options.Warmup = Number(); break;
                case "--thread-searches": options.ThreadSearches = Number(); break;
                case "--articles": options.LargeArticles = Number(); break;
                case "--large-searches": options.LargeSearches = Number(); break;
                case "--large-thread-searches": options.LargeThreadSearches = Number(); break;
                case "--large-warmup": options.LargeWarmup = Number(); break;
                case "--large-budget": options.LargeBudgetSeconds = Number(); break;
                case "--seed": options.Seed = Number(); break;
                case "--machine":
                    var pair = Next();
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    options.Machine.Add(equals > 0 ? (pair[..equals], pair[(equals + 1)..]) : (pair, ""));
                    break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }

        if (options.ContentRoot.Length == 0)
        {
            options.ContentRoot = FindContent() ?? throw new ArgumentException("content folder not found; pass --content DIR");
        }

        return options;
    }

    private static string? FindContent()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "topics.yml")))
            {
                return candidate;
            }
        }

        return null;
    }
}
