namespace DebtHelp.Web.Chinese;

/// <summary>
/// The traditional-to-simplified half of the OpenCC tables shipped in Chinese/OpenCC (Apache-2.0, see the LICENSE
/// there), for search folding. The simplified-to-traditional files there are read by <see cref="ChineseScript"/>.
/// </summary>
internal sealed class OpenCcTables
{
    public Dictionary<char, char> Characters { get; } = [];
    public Dictionary<string, string> Phrases { get; } = new(StringComparer.Ordinal);

    /// <summary>For each character that starts a phrase, the longest phrase it starts: the lengths worth trying there.</summary>
    public Dictionary<char, int> PhraseLengths { get; } = [];

    /// <summary><see cref="Phrases"/> looked up by a span of the text, so trying a length makes no string.</summary>
    public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup { get; private set; }

    public static OpenCcTables LoadFromAppFolder()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Chinese", "OpenCC");
        if (!Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"OpenCC tables not found in {dir}; the build copies them from src/DebtHelp.Web/Chinese/OpenCC.");
        }

        var tables = new OpenCcTables();
        foreach (var (key, value) in Read(Path.Combine(dir, "TSCharacters.txt")))
        {
            // Only one-to-one BMP mappings, so normalising never changes the text's length.
            if (key.Length == 1 && value.Length == 1)
            {
                tables.Characters.TryAdd(key[0], value[0]);
            }
        }

        foreach (var (key, value) in Read(Path.Combine(dir, "TSPhrases.txt")))
        {
            if (key.Length >= 2 && key.Length == value.Length && tables.Phrases.TryAdd(key, value))
            {
                tables.PhraseLengths[key[0]] = Math.Max(tables.PhraseLengths.GetValueOrDefault(key[0]), key.Length);
            }
        }

        tables.PhraseLookup = tables.Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

        return tables;
    }

    private static IEnumerable<(string Key, string Value)> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var values = line[(tab + 1)..];
            var space = values.IndexOf(' ', StringComparison.Ordinal);
            // The first value is OpenCC's preferred conversion.
            yield return (line[..tab], space > 0 ? values[..space] : values);
        }
    }
}
