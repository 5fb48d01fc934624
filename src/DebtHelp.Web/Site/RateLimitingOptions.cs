using System.ComponentModel.DataAnnotations;

namespace DebtHelp.Web.Site;

public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Searches per client address per minute; 0 turns the limit off (used by the load benchmark).</summary>
    [Range(0, 1_000_000)]
    public int SearchPermitsPerMinute { get; set; } = 120;

    /// <summary>Letter posts per client address per minute: a reader revising a letter posts a few times; 0 turns the limit off.</summary>
    [Range(0, 1_000_000)]
    public int LetterPostsPerMinute { get; set; } = 20;
}
