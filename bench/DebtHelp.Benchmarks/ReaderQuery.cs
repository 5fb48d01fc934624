namespace DebtHelp.Benchmarks;

public sealed record ReaderQuery(QueryKind Kind, string Text);
