namespace CrisisModelTrainer;

/// <summary>One training line: the list it came from, whether it is a crisis message, its text and its clauses as the detector reads them.</summary>
internal sealed record Example(string Group, bool Crisis, string Raw, string[] Clauses)
{
    /// <summary>Whether the rules alone flag it (filled once: the rules do not change while training).</summary>
    public bool Rules { get; init; }

    /// <summary>Whether the message has what the rules exclude, so the model's guess is set aside.</summary>
    public bool Vetoed { get; init; }

    public string Key => string.Join(' ', Clauses);
}
