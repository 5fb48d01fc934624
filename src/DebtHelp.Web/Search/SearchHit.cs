using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Search;

/// <param name="Anchor">The heading id of the best passage, empty for the text before the first heading (the site makes the address).</param>
/// <param name="SnippetHtml">HTML-encoded passage text with matched words in &lt;mark&gt;.</param>
/// <param name="SnippetText">The same passage as plain text.</param>
public sealed record SearchHit(Article Article, string Anchor, string SectionHeading, string SnippetHtml, string SnippetText, double Score)
{
    /// <summary>The article's id in the index snapshot the hit came from.</summary>
    public int ArticleId { get; init; }
}

public sealed record SearchOutcome(string Query, IReadOnlyList<SearchHit> Hits, IReadOnlyList<QuestionSuggestion> Suggestions)
{
    public static readonly SearchOutcome Empty = new("", [], []);

    /// <summary>How sure search is that the first hit answers the question (see <see cref="SearchConfidence"/>).</summary>
    public SearchConfidence Confidence { get; init; }

    /// <summary>The message signals self-harm or despair: the crisis help goes above everything.</summary>
    public bool Crisis { get; init; }

    /// <summary>No crisis, but the message speaks of a strain (<see cref="CrisisDetector.Strain"/>): a quiet line of support is shown.</summary>
    public bool Strain { get; init; }

    /// <summary>A message with two asks: the best answer to each, in the order asked (empty otherwise).</summary>
    public IReadOnlyList<AskAnswer> Answers { get; init; } = [];
}

public sealed record QuestionSuggestion(string Question, Article Article);

/// <summary>One ask found inside a longer message, and the article that answers it best.</summary>
public sealed record AskAnswer(string Ask, SearchHit Hit);
