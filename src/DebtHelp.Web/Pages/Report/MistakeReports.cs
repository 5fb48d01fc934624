using System.Collections.Concurrent;

namespace DebtHelp.Web.Pages.Report;

/// <summary>
/// Reports of mistakes: only (article, reason) pairs, both from fixed lists, counted in memory for the writers and
/// written to the log. Nothing about who reported is taken: no text, no contact, no address. The keys are bounded
/// (articles × reasons), so a flood of reports can raise counts but not memory.
/// </summary>
public sealed class MistakeReports(ILogger<MistakeReports> logger)
{
    /// <summary>The "article" value for a report about the site as a whole.</summary>
    public const string WholeSite = "site";

    private readonly ConcurrentDictionary<(string Article, string Reason), int> _counts = new();

    public void Record(string article, MistakeReason reason)
    {
        _counts.AddOrUpdate((article, reason.Code), 1, (_, n) => n + 1);
        logger.LogInformation("Mistake reported in {Article}: {Reason}", article, reason.Code);
    }

    public IReadOnlyList<(string Article, string Reason, int Count)> Counts() =>
        _counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Article, StringComparer.Ordinal).ThenBy(kv => kv.Key.Reason, StringComparer.Ordinal)
            .Select(kv => (kv.Key.Article, kv.Key.Reason, kv.Value)).ToList();
}
