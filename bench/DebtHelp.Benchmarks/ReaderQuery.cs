namespace DebtHelp.Benchmarks;

public enum QueryKind
{
    Template,
    Traditional,
    Typo,
    Short,
    Long,
    OffTopic,
    Title,
    Question,
}

public sealed record ReaderQuery(QueryKind Kind, string Text);
