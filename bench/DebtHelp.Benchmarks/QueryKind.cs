namespace DebtHelp.Benchmarks;

/// <summary>The shape of a reader's query; each shape costs differently to answer.</summary>
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
