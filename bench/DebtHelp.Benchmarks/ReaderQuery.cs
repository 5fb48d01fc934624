namespace DebtHelp.Benchmarks;

public enum QueryKind
{
    Template,
    Traditional,
    Typo,
    ShortWord,
    LongStory,
    OffTopic,
    Title,
    Question,
}

public sealed record ReaderQuery(QueryKind Kind, string Text);
