using System.Buffers;
using System.Collections.Frozen;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>
/// Pinyin typed in the middle of Chinese when the input method was off or the writer would not type the word
/// ("不想huo了", "自sha", "想jieshu"): a run of letters next to a Chinese character that splits into syllables of the
/// crisis words is written back in characters, so the patterns and the lexicon read it like any other sentence. A run
/// that does not split wholly into those syllables ("app", "xs", "ok") is left as it is. A message typed in pinyin
/// alone ("xiang jie shu yi qie") is read against the strong cues of <see cref="CrisisLexicon"/> spelled in pinyin, so
/// that every strong cue, not a list of spellings, is recognised in letters too (<see cref="SpelledOut"/>).
/// </summary>
internal static class CrisisPinyin
{
    /// <summary>The syllables of the words people spell out, each as the character of the crisis words it stands for.</summary>
    private static readonly FrozenDictionary<string, char> Syllables = new Dictionary<string, char>
    {
        ["si"] = '死', ["sha"] = '杀', ["huo"] = '活', ["zi"] = '自', ["qing"] = '轻', ["sheng"] = '生', ["tiao"] = '跳',
        ["lou"] = '楼', ["jie"] = '解', ["tuo"] = '脱', ["shu"] = '束', ["xiang"] = '想', ["bu"] = '不', ["le"] = '了',
        ["zou"] = '走', ["xiao"] = '消', ["shi"] = '失', ["shui"] = '睡', ["xing"] = '醒', ["yao"] = '药', ["ge"] = '割',
        ["wan"] = '腕', ["qu"] = '去', ["jue"] = '绝', ["wang"] = '望', ["cheng"] = '撑', ["xia"] = '下', ["shang"] = '上',
        ["diao"] = '吊', ["tan"] = '炭', ["shao"] = '烧', ["yi"] = '一', ["bai"] = '百', ["liao"] = '了', ["duan"] = '断',
    }.ToFrozenDictionary();

    private const int LongestSyllable = 5;

    /// <summary>The text with each such run written in characters; the text itself when there is none.</summary>
    public static string Spell(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('a', 'z') < 0)
        {
            return text;
        }

        System.Text.StringBuilder? spelled = null;
        var copied = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsAsciiLetterLower(text[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsAsciiLetterLower(text[end]))
            {
                end++;
            }

            var besideHan = (i > 0 && TextNormalizer.IsHan(text[i - 1])) || (end < text.Length && TextNormalizer.IsHan(text[end]));
            if (besideHan && Split(text.AsSpan(i, end - i)) is { } hanzi)
            {
                spelled ??= new System.Text.StringBuilder(text.Length);
                spelled.Append(text, copied, i - copied).Append(hanzi);
                copied = end;
            }

            i = end;
        }

        return spelled is null ? text : spelled.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The run as characters when it splits wholly into known syllables (longest first), else null.</summary>
    private static string? Split(ReadOnlySpan<char> run)
    {
        var result = new char[run.Length];
        var n = 0;
        for (var at = 0; at < run.Length;)
        {
            var found = false;
            for (var length = Math.Min(LongestSyllable, run.Length - at); length > 0 && !found; length--)
            {
                if (Syllables.TryGetValue(run.Slice(at, length).ToString(), out var han))
                {
                    result[n++] = han;
                    at += length;
                    found = true;
                }
            }

            if (!found)
            {
                return null;
            }
        }

        return new string(result, 0, n);
    }

    /// <summary>Fewer letters than a spelled cue can be, or a cue so short its spelling turns up inside other words.</summary>
    private const int MinSpelling = 9;

    /// <summary>Readings of a polyphonic character tried per cue ("了": le, liao), and spellings kept per cue.</summary>
    private const int ReadingsPerChar = 2;

    private const int SpellingsPerCue = 8;

    private static readonly Lazy<SearchValues<string>> Spellings = new(BuildSpellings);

    /// <summary>True when the letters of the message (spaces and punctuation removed) contain a strong cue spelled in pinyin.</summary>
    public static bool SpelledOut(string compact)
    {
        if (compact.AsSpan().IndexOfAnyInRange('a', 'z') < 0)
        {
            return false;
        }

        Span<char> letters = stackalloc char[compact.Length];
        var n = 0;
        foreach (var c in compact)
        {
            if (char.IsAsciiLetterLower(c))
            {
                letters[n++] = c;
            }
        }

        return n >= MinSpelling && letters[..n].IndexOfAny(Spellings.Value) >= 0;
    }

    /// <summary>
    /// The strong cues (weight 3 on their own, all characters, nothing excluded before or after them) as pinyin without
    /// tones or spaces, a tail written straight after its head.
    /// </summary>
    private static SearchValues<string> BuildSpellings()
    {
        var spellings = CrisisLexicon.ByFirst.Values.SelectMany(cues => cues)
            .Where(c => c.Weight >= CrisisLexicon.Threshold && c.NotBefore.Length == 0 && c.NotAfter.Length == 0)
            .Select(c => c.Text + c.Tail)
            .Where(text => text.All(TextNormalizer.IsHan))
            .SelectMany(SpellingsOf)
            .Where(s => s.Length >= MinSpelling)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return SearchValues.Create(spellings, StringComparison.Ordinal);
    }

    private static IEnumerable<string> SpellingsOf(string text)
    {
        IEnumerable<string> spellings = [""];
        foreach (var c in text)
        {
            var readings = Homophones.ReadingsOf(c).Take(ReadingsPerChar).ToArray();
            if (readings.Length == 0)
            {
                return [];
            }

            spellings = spellings.SelectMany(prefix => readings.Select(r => prefix + r)).Take(SpellingsPerCue).ToList();
        }

        return spellings;
    }
}
