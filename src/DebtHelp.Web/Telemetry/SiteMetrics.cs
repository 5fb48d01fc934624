using System.Diagnostics.Metrics;

namespace DebtHelp.Web.Telemetry;

/// <summary>
/// The site's own instruments, next to the framework's HTTP, Kestrel and rate-limiting meters. Exported on
/// <c>/metrics</c> (Prometheus) when <c>Internal:AllowedNetworks</c> lets the caller in. One static meter: the values
/// are process-wide, as Prometheus scrapes them.
/// </summary>
public static class SiteMetrics
{
    public const string MeterName = "DebtHelp.Web";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Time of one search (analysis, ranking, snippets), without the page around it.</summary>
    public static readonly Histogram<double> SearchDuration = Meter.CreateHistogram<double>(
        "debthelp.search.duration", unit: "s", description: "Time to answer one search",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25] });

    public static readonly Counter<long> Searches = Meter.CreateCounter<long>(
        "debthelp.search.requests", description: "Searches answered");

    /// <summary>Searches that found nothing: the no-result rate is this over <see cref="Searches"/>.</summary>
    public static readonly Counter<long> SearchesWithoutResult = Meter.CreateCounter<long>(
        "debthelp.search.no_result", description: "Searches that found nothing");

    /// <summary>Searches by how sure the answer is (<c>confidence</c>: high, low, none): a rising share below high means questions the content does not answer.</summary>
    public static readonly Counter<long> SearchesByConfidence = Meter.CreateCounter<long>(
        "debthelp.search.confidence", description: "Searches answered, by confidence (high, low, none)");

    /// <summary>Searches that showed the crisis box (no text recorded).</summary>
    public static readonly Counter<long> CrisisSearches = Meter.CreateCounter<long>(
        "debthelp.search.crisis", description: "Searches that signalled self-harm or despair and showed the crisis box");

    public static readonly Counter<long> IndexRebuilds = Meter.CreateCounter<long>(
        "debthelp.index.rebuilds", description: "Index builds and loads, by outcome");

    public static readonly Histogram<double> IndexRebuildDuration = Meter.CreateHistogram<double>(
        "debthelp.index.rebuild.duration", unit: "s", description: "Time to hash, build or load, and swap in an index",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] });

    public static readonly Counter<long> RateLimitRejections = Meter.CreateCounter<long>(
        "debthelp.search.rate_limited", description: "Searches refused with 429 because the client's budget was spent");

    public static readonly Counter<long> LogEventsDropped = Meter.CreateCounter<long>(
        "debthelp.log.dropped", description: "Log events below Warning dropped because the log writer could not keep up");
}
