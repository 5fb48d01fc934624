namespace DebtHelp.Web.Articles;

/// <summary>
/// What <see cref="YamlReader"/> made of one YAML text: the typed value (null when the text is empty, has the wrong
/// shape at the root, or failed), where everything is, the values that had the wrong shape, and the failure if any.
/// </summary>
public sealed record YamlRead<T>(T? Value, YamlLines Lines, IReadOnlyList<YamlMismatch> Mismatches, YamlFailure? Failure)
    where T : class
{
    /// <summary>The value at <paramref name="path"/> had the wrong shape and was read as empty.</summary>
    public bool IsMismatched(string path) => Mismatches.Any(m => m.Path == path);
}

/// <summary>The text could not be read at all: broken syntax, a repeated key, nesting or size beyond the limits.</summary>
/// <param name="Reason">What is wrong, in a few words, without position (the line says where).</param>
public sealed record YamlFailure(int Line, string Reason);

/// <summary>A value of the wrong shape (a list where text belongs, text where a list belongs …), read as empty.</summary>
public sealed record YamlMismatch(string Path, int Line, string Expected, string Found)
{
    public string Describe() => $"'{YamlLines.Field(Path)}' must be {Expected} here, not {Found}";
}
