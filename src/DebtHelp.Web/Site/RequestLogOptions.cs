using System.ComponentModel.DataAnnotations;

namespace DebtHelp.Web.Site;

/// <summary>What the request log writes (section <c>RequestLog</c>).</summary>
public sealed class RequestLogOptions
{
    public const string SectionName = "RequestLog";

    /// <summary>
    /// A line for every request, at Information. Off by default: a quick successful page is what the metrics
    /// count (<c>/metrics</c>) and the proxy's access log records; the site logs what needs a look (errors,
    /// 4xx answers, slow requests). Turning it on cost 7 % of the cached article's throughput in the load
    /// benchmark (docs/operations.md, section 4).
    /// </summary>
    public bool EveryRequest { get; set; }

    /// <summary>A request slower than this is logged as a warning whatever its status.</summary>
    [Range(1, 3_600_000)]
    public int SlowMilliseconds { get; set; } = 1000;
}
