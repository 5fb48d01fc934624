using System.Text;
using System.Text.RegularExpressions;

namespace DebtHelp.Web.Chinese;

/// <summary>
/// Converts a finished page to a traditional script while leaving what the reader wrote as they wrote it: the values
/// of <c>&lt;input&gt;</c> fields, the contents of <c>&lt;textarea&gt;</c>, and any text a page marked with
/// <see cref="ReaderTextStart"/> … <see cref="ReaderTextEnd"/> (a search query in a heading, a name in a letter).
/// The marks are removed. Everything else on the page is site text and is converted.
/// </summary>
public static partial class PageText
{
    /// <summary>Private-use characters around reader text; the HTML encoder may write them as character references.</summary>
    public const char ReaderTextStart = '\uE000';

    public const char ReaderTextEnd = '\uE001';

    /// <summary>Reader text to be kept as typed: marked when the page is converted, unchanged otherwise.</summary>
    public static string MarkReaderText(string text, ChineseScript script) =>
        script.IsConverted && text.Length > 0 ? ReaderTextStart + text + ReaderTextEnd : text;

    /// <summary>
    /// Marks every place in <paramref name="text"/> where one of the reader's own phrases appears (a page that mixes
    /// site wording with what was typed, such as a finished letter). Only Chinese characters are ever converted, so
    /// each phrase is trimmed to its first and last Chinese character; the longest phrase wins where two overlap.
    /// </summary>
    public static string MarkReaderPhrases(string text, IEnumerable<string?> phrases, ChineseScript script)
    {
        if (!script.IsConverted || text.Length == 0)
        {
            return text;
        }

        var cores = phrases.SelectMany(p => (p ?? "").Split('\n')).Select(HanCore).Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).Select(Regex.Escape).ToList();
        return cores.Count == 0 ? text
            : Regex.Replace(text, string.Join('|', cores), m => ReaderTextStart + m.Value + ReaderTextEnd, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string HanCore(string phrase)
    {
        var start = 0;
        while (start < phrase.Length && !IsHan(phrase[start]))
        {
            start++;
        }

        var end = phrase.Length;
        while (end > start && !IsHan(phrase[end - 1]))
        {
            end--;
        }

        return phrase[start..end];
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' || char.IsSurrogate(c);

    public static string Convert(string html, ChineseScript script)
    {
        if (!script.IsConverted || string.IsNullOrEmpty(html))
        {
            return html;
        }

        var output = new StringBuilder(html.Length + 256);
        var position = 0;
        foreach (Match kept in KeptAsTyped().Matches(html))
        {
            var text = kept.Groups["text"];
            output.Append(script.Convert(html[position..text.Index]));
            output.Append(text.Value);
            position = text.Index + text.Length;
        }

        output.Append(script.Convert(html[position..]));
        return RemoveMarks(output);
    }

    private static string RemoveMarks(StringBuilder html) =>
        html.Replace(ReaderTextStart.ToString(), "").Replace(ReaderTextEnd.ToString(), "")
            .Replace("&#xE000;", "").Replace("&#xE001;", "").ToString();

    [GeneratedRegex(
        "(?:\uE000|&#xE000;)(?<text>.*?)(?:\uE001|&#xE001;)"
        + "|<input\\b[^>]*?\\bvalue=\"(?<text>[^\"]*)\""
        + "|<textarea\\b[^>]*>(?<text>.*?)</textarea>",
        RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeptAsTyped();
}
