namespace DebtHelp.Web.Search;

/// <summary>
/// How sure search is that its first result answers the question. Calibrated on held-out questions and on
/// questions no article answers (docs/search-quality.md, "Confidence"): below <see cref="High"/> the results
/// page says plainly that no article answers exactly this.
/// </summary>
public enum SearchConfidence
{
    /// <summary>Nothing in the knowledge base is close.</summary>
    None,

    /// <summary>Some articles share words with the question, but none is clearly about it.</summary>
    Low,

    /// <summary>The first result is very likely an answer.</summary>
    High,
}
