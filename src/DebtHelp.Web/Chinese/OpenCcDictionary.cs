namespace DebtHelp.Web.Chinese;

/// <summary>
/// One OpenCC text dictionary (<c>key&lt;TAB&gt;value value…</c>), keeping each key's first value: the one OpenCC
/// writes. Matching is by UTF-16 length, which gives the same matches as OpenCC's UTF-8 byte prefixes because a key
/// never starts or ends inside a surrogate pair.
/// </summary>
internal sealed class OpenCcDictionary
{
    private readonly Dictionary<string, string> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<char> _firstChars = [];

    private OpenCcDictionary(IEnumerable<(string Key, string Value)> entries)
    {
        foreach (var (key, value) in entries)
        {
            if (key.Length > 0 && _entries.TryAdd(key, value))
            {
                _firstChars.Add(key[0]);
                MaxKeyLength = Math.Max(MaxKeyLength, key.Length);
            }
        }

        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxKeyLength { get; }

    public int Count => _entries.Count;

    public static OpenCcDictionary Load(string path) => new(Read(path));

    /// <summary>The longest key that <paramref name="text"/> starts with: its length (0 for none) and value.</summary>
    public int MatchPrefix(ReadOnlySpan<char> text, out string value)
    {
        if (text.IsEmpty || !_firstChars.Contains(text[0]))
        {
            value = "";
            return 0;
        }

        for (var length = Math.Min(MaxKeyLength, text.Length); length > 0; length--)
        {
            if (_lookup.TryGetValue(text[..length], out var found))
            {
                value = found;
                return length;
            }
        }

        value = "";
        return 0;
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

            var values = line.AsSpan(tab + 1).Trim();
            var space = values.IndexOf(' ');
            yield return (line[..tab], (space > 0 ? values[..space] : values).ToString());
        }
    }
}
