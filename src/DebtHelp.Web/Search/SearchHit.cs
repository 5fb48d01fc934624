using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Search;

/// <param name="Anchor">The heading id of the best passage, empty for the text before the first heading (the site makes the address).</param>
/// <param name="SnippetHtml">HTML-encoded passage text with matched words in &lt;mark&gt;.</param>
/// <param name="SnippetText">The same passage as plain text.</param>
public sealed record SearchHit(Article Article, string Anchor, string SectionHeading, string SnippetHtml, string SnippetText, double Score);

public sealed record SearchOutcome(string Query, IReadOnlyList<SearchHit> Hits, IReadOnlyList<QuestionSuggestion> Suggestions)
{
    public static readonly SearchOutcome Empty = new("", [], []);
}

public sealed record QuestionSuggestion(string Question, Article Article);
