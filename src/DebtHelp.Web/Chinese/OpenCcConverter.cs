using System.Text;
using System.Text.Json;

namespace DebtHelp.Web.Chinese;

/// <summary>
/// One OpenCC configuration (<c>s2twp.json</c>, <c>s2hk.json</c>) run the way OpenCC 1.4.2 runs it: the normalization
/// chain over the whole text, then maximum-match segmentation with the segmentation dictionary (each dictionary word
/// is a segment, and each run of characters between words is one segment), then every step of the conversion chain
/// applied to each segment on its own, longest match first. A step never matches across a segment boundary, which is
/// what stops a regional phrase from being found in the middle of two simplified words.
/// (Not reproduced: OpenCC keeps an unmatched ideographic description sequence, ⿰…, as one unit; the site has none.)
/// </summary>
public sealed class OpenCcConverter
{
    private readonly IReadOnlyList<OpenCcDictionaryGroup> _normalization;
    private readonly OpenCcDictionaryGroup? _segmentation;
    private readonly IReadOnlyList<OpenCcDictionaryGroup> _chain;

    private OpenCcConverter(IReadOnlyList<OpenCcDictionaryGroup> normalization, OpenCcDictionaryGroup? segmentation, IReadOnlyList<OpenCcDictionaryGroup> chain)
    {
        _normalization = normalization;
        _segmentation = segmentation;
        _chain = chain;
    }

    /// <summary>Reads an OpenCC JSON config; its <c>X.ocd2</c> dictionaries are read as <c>X.txt</c> from the first folder that has one.</summary>
    public static OpenCcConverter Load(string configPath, IReadOnlyList<string> dictionaryFolders)
    {
        var loaded = new Dictionary<string, OpenCcDictionary>(StringComparer.Ordinal);
        using var config = JsonDocument.Parse(File.ReadAllText(configPath));
        var root = config.RootElement;

        OpenCcDictionaryGroup.Member Member(JsonElement dict)
        {
            var type = dict.GetProperty("type").GetString();
            if (type == "group")
            {
                return new(null, Group(dict));
            }

            var file = Path.ChangeExtension(dict.GetProperty("file").GetString()!, ".txt");
            if (!loaded.TryGetValue(file, out var dictionary))
            {
                var path = dictionaryFolders.Select(f => Path.Combine(f, file)).FirstOrDefault(File.Exists)
                    ?? throw new FileNotFoundException($"OpenCC dictionary {file} (from {Path.GetFileName(configPath)}) is in none of: {string.Join(", ", dictionaryFolders)}");
                loaded[file] = dictionary = OpenCcDictionary.Load(path);
            }

            return new(dictionary, null);
        }

        OpenCcDictionaryGroup Group(JsonElement dict) =>
            dict.GetProperty("type").GetString() == "group"
                ? new(dict.GetProperty("dicts").EnumerateArray().Select(Member).ToList(),
                    union: dict.TryGetProperty("match_policy", out var policy) && policy.GetString() == "union")
                : new([Member(dict)], union: false);

        List<OpenCcDictionaryGroup> Chain(string name) =>
            root.TryGetProperty(name, out var steps) ? steps.EnumerateArray().Select(s => Group(s.GetProperty("dict"))).ToList() : [];

        var segmentation = root.TryGetProperty("segmentation", out var seg) && seg.TryGetProperty("dict", out var segDict) ? Group(segDict) : null;
        return new(Chain("normalization"), segmentation, Chain("conversion_chain"));
    }

    public string Convert(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var step in _normalization)
        {
            text = ConvertSegment(step, text);
        }

        var segments = Segment(text);
        foreach (var step in _chain)
        {
            for (var i = 0; i < segments.Count; i++)
            {
                segments[i] = ConvertSegment(step, segments[i]);
            }
        }

        return string.Concat(segments);
    }

    private List<string> Segment(string text)
    {
        if (_segmentation is null)
        {
            return [text];
        }

        var segments = new List<string>();
        var runStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var length = _segmentation.MatchPrefix(text.AsSpan(i), out _);
            if (length == 0)
            {
                i += CharLength(text, i);
                continue;
            }

            if (i > runStart)
            {
                segments.Add(text[runStart..i]);
            }

            segments.Add(text.Substring(i, length));
            i += length;
            runStart = i;
        }

        if (runStart < text.Length)
        {
            segments.Add(text[runStart..]);
        }

        return segments;
    }

    private static string ConvertSegment(OpenCcDictionaryGroup step, string segment)
    {
        StringBuilder? output = null;
        var copiedUpTo = 0;
        var i = 0;
        while (i < segment.Length)
        {
            var length = step.MatchPrefix(segment.AsSpan(i), out var value);
            if (length == 0)
            {
                i += CharLength(segment, i);
                continue;
            }

            output ??= new StringBuilder(segment.Length + 8);
            output.Append(segment, copiedUpTo, i - copiedUpTo).Append(value);
            i += length;
            copiedUpTo = i;
        }

        return output is null ? segment : output.Append(segment, copiedUpTo, segment.Length - copiedUpTo).ToString();
    }

    private static int CharLength(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
}
