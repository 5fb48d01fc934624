namespace DebtHelp.Web.Feedback;

/// <summary>One article's counts, as the writers' view lists them.</summary>
public sealed record ArticleFeedback(string Slug, string? Title, long Helpful, long NotHelpful, IReadOnlyDictionary<string, long> Missing);
