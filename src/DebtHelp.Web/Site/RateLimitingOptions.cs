using System.ComponentModel.DataAnnotations;

namespace DebtHelp.Web.Site;

public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Searches per client address per minute; 0 turns the limit off (used by the load benchmark).</summary>
    [Range(0, 1_000_000)]
    public int SearchPermitsPerMinute { get; set; } = 120;
}
