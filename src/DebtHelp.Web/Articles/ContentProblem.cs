namespace DebtHelp.Web.Articles;

public enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>Something wrong in a content file, with where it is and how to fix it.</summary>
/// <param name="File">Path relative to the content root, with forward slashes.</param>
/// <param name="Line">1-based line in that file, or 0 when the problem concerns the whole file.</param>
public sealed record ContentProblem(string File, int Line, ProblemSeverity Severity, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}: {Severity.ToString().ToLowerInvariant()}: {Message}"
                 : $"{File}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
