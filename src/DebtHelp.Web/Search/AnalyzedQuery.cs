using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>A reader's question after normalisation, filler removal and synonym expansion.</summary>
public sealed class AnalyzedQuery
{
    /// <summary>A unit of meaning: satisfied when an article contains any of its alternatives.</summary>
    /// <param name="Alternatives">Each alternative is the list of terms that must all be present.</param>
    public sealed record Concept(IReadOnlyList<IReadOnlyList<string>> Alternatives, string Display, bool FromSynonym);

    public required string Normalized { get; init; }
    public required IReadOnlyList<Concept> Concepts { get; init; }

    /// <summary>Every term to look up (primary and expansions), deduplicated, bounded in number.</summary>
    public required IReadOnlyList<string> Terms { get; init; }

    /// <summary>Whole words (normalised) to highlight in snippets, longest first.</summary>
    public required IReadOnlyList<string> HighlightWords { get; init; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>What snippets mark: the whole words, and the two-character pieces of longer words (made once per query).</summary>
    public TermMatcher Highlighter => field ??= new TermMatcher(HighlightWords.Concat(Terms.Where(t => t.Length >= 2)));
}
