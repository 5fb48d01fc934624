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

    /// <summary>Whether a word to highlight holds a space (a synonym written with punctuation): see <see cref="SearchData.SectionInfo.NormalizedText"/>.</summary>
    public bool HasSpacedWords => _spacedWords ??= HighlightWords.Any(w => w.Contains(' ', StringComparison.Ordinal));

    private bool? _spacedWords;

    private (SearchData Data, double[] Weights)? _conceptWeights;

    /// <summary>
    /// Each concept's weight for choosing a link target: the mean rarity of its first non-empty alternative's terms,
    /// NaN for a concept with none. Made once per query and index (every hit of a result page asks).
    /// </summary>
    public double[] ConceptWeights(SearchData data)
    {
        if (_conceptWeights is { } known && ReferenceEquals(known.Data, data))
        {
            return known.Weights;
        }

        var weights = new double[Concepts.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            var first = Concepts[i].Alternatives.FirstOrDefault(a => a.Count > 0);
            weights[i] = first is null ? double.NaN : first.Average(data.Idf);
        }

        _conceptWeights = (data, weights);
        return weights;
    }

    /// <summary>What snippets mark: the whole words, and the two-character pieces of longer words (made once per query).</summary>
    public TermMatcher Highlighter => field ??= new TermMatcher(HighlightWords.Concat(Terms.Where(t => t.Length >= 2)));
}
