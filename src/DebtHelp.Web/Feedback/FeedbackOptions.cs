using System.ComponentModel.DataAnnotations;

namespace DebtHelp.Web.Feedback;

/// <summary>Where the "was this helpful" counts are kept and how often one address may answer.</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>The SQLite file of counts. Empty means <c>feedback.db</c> in the index folder (never under content/).</summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>Answers per client address per minute: a reader answers once; a script filling the counts is stopped.</summary>
    [Range(1, 1000)]
    public int PostsPerMinute { get; set; } = 5;
}
