namespace DebtHelp.Web.Articles;

/// <summary>
/// Where each value of a YAML document sits, by path: <c>title</c> for a key, <c>topics[2]</c> for the third item of a
/// list, <c>[1].slug</c> inside the second item of a top-level list. Lines are 1-based lines of the whole file.
/// </summary>
public sealed class YamlLines
{
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _values = new(StringComparer.Ordinal);
    private readonly List<(string Key, int Line)> _topLevel = [];

    /// <summary>The top-level keys in file order, with the line of each.</summary>
    public IReadOnlyList<(string Key, int Line)> TopLevelKeys => _topLevel;

    /// <summary>The line of the key (for a mapping entry) or of the value itself (for a list item or the root).</summary>
    public int Of(string path, int fallback) =>
        _keys.TryGetValue(path, out var line) || _values.TryGetValue(path, out line) ? line : fallback;

    /// <summary>The line where the value starts, which for <c>key:</c> followed by an indented list is the line below.</summary>
    public int ValueOf(string path, int fallback) => _values.GetValueOrDefault(path, fallback);

    public static string Item(string path, int index) => $"{path}[{index}]";

    public static string Key(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;

    /// <summary>The first part of a path: the top-level key it belongs to.</summary>
    public static string Field(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    /// <returns>The line the key was first given on, when it was already given.</returns>
    internal int? AddKey(string path, int line)
    {
        if (_keys.TryGetValue(path, out var first))
        {
            return first;
        }

        _keys[path] = line;
        if (!path.Contains('.', StringComparison.Ordinal) && !path.Contains('[', StringComparison.Ordinal))
        {
            _topLevel.Add((path, line));
        }

        return null;
    }

    internal void AddValue(string path, int line) => _values[path] = line;
}
