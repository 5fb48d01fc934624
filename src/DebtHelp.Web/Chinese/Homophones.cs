using System.Collections.Frozen;

namespace DebtHelp.Web.Chinese;

/// <summary>
/// Chinese is typed by sound: a pinyin input method offers every character with the reading typed, and a hurried
/// reader picks the wrong one ("报井" for 报警, "网代" for 网贷). This maps a character pair to the pairs of the
/// index that sound the same, ignoring tones, so a pair no article contains can be read as the one it sounds like.
/// The readings come from <c>Chinese/Pinyin/pinyin.txt</c>, generated from the MIT-licensed pinyin-pro dictionary
/// (<c>tools/pinyin</c>).
/// </summary>
public sealed class Homophones
{
    private static readonly Lazy<FrozenDictionary<char, string[]>> Readings = new(LoadReadings);

    private readonly FrozenDictionary<string, string[]> _bySound;

    private Homophones(FrozenDictionary<string, string[]> bySound) => _bySound = bySound;

    public static Homophones Empty { get; } = new(FrozenDictionary<string, string[]>.Empty);

    /// <summary>Groups the index's Chinese pairs by sound, most common first.</summary>
    public static Homophones Build(IEnumerable<(string Term, int DocumentFrequency)> terms)
    {
        var groups = new Dictionary<string, List<(string Term, int Df)>>(StringComparer.Ordinal);
        foreach (var (term, df) in terms)
        {
            foreach (var key in SoundKeys(term))
            {
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add((term, df));
            }
        }

        return new Homophones(groups.ToFrozenDictionary(
            g => g.Key,
            g => g.Value.OrderByDescending(t => t.Df).ThenBy(t => t.Term, StringComparer.Ordinal).Select(t => t.Term).ToArray(),
            StringComparer.Ordinal));
    }

    /// <summary>The pairs of the index that sound like <paramref name="pair"/> (itself excluded), most common first.</summary>
    public IEnumerable<string> Of(string pair)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { pair };
        foreach (var key in SoundKeys(pair))
        {
            foreach (var term in _bySound.GetValueOrDefault(key, []))
            {
                if (seen.Add(term))
                {
                    yield return term;
                }
            }
        }
    }

    /// <summary>Every toneless reading of a pair of Chinese characters ("jing|bao"); none for anything else.</summary>
    private static IEnumerable<string> SoundKeys(string term)
    {
        if (term.Length != 2 || !TextNormalizer.IsHan(term[0]) || !TextNormalizer.IsHan(term[1]))
        {
            yield break;
        }

        var readings = Readings.Value;
        if (!readings.TryGetValue(term[0], out var first) || !readings.TryGetValue(term[1], out var second))
        {
            yield break;
        }

        foreach (var a in first)
        {
            foreach (var b in second)
            {
                yield return a + "|" + b;
            }
        }
    }

    /// <summary>The toneless readings of one character (at most three), none for a character not in the table.</summary>
    public static string[] ReadingsOf(char c) => Readings.Value.GetValueOrDefault(c, []);

    private static FrozenDictionary<char, string[]> LoadReadings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Chinese", "Pinyin", "pinyin.txt");
        var map = new Dictionary<char, string[]>();
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab == 1)
            {
                // Polyphonic characters keep at most three readings: the rare ones only add noise.
                map[line[0]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).ToArray();
            }
        }

        return map.ToFrozenDictionary();
    }
}
