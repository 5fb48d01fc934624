using DebtHelp.Web.Search;

namespace DebtHelp.Web.Articles;

/// <summary>Everything read from the content folder at one moment: valid articles, topics, and what was wrong.</summary>
public sealed record ContentSet(
    string Root,
    string Hash,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<ContentProblem> Problems,
    SynonymTable Synonyms)
{
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
