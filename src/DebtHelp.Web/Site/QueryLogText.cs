using System.Text.RegularExpressions;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.Site;

/// <summary>
/// The one masker for what a reader typed, used for the log and for the gap list alike. Masked:
/// <list type="bullet">
/// <item>digit runs in any script (ASCII, full-width, Arabic-Indic and other Unicode digits, 〇, circled and Roman
/// numerals) become '#' (at most three, so the length is not kept either); a run of three or more Chinese digit
/// characters written digit by digit (一三八〇〇…, 幺, 壹贰叁…) is a number read out and is masked the same way;</item>
/// <item>anything with an @ or ＠ in it (an e-mail address, however it is spaced) becomes [邮箱];</item>
/// <item>the words after 我叫, 姓名, 名字是/叫, 名叫 or 我姓 (a name) become [姓名].</item>
/// </list>
/// Positional numbers (三百万, 一天打三次) and single numerals in ordinary words stay: they carry the question.
/// </summary>
public static partial class QueryLogText
{
    [GeneratedRegex(@"\S*[@＠]\S*")]
    private static partial Regex EmailLike();

    [GeneratedRegex(@"(?<intro>我叫|姓名|名字(?:是|叫)|名叫|我姓)[\s:：,，是为]*(?<name>[A-Za-zＡ-Ｚａ-ｚ]+(?:[\s·.][A-Za-zＡ-Ｚａ-ｚ]+)?|[\p{IsCJKUnifiedIdeographs}·]{1,4})")]
    private static partial Regex NameAfterIntro();

    [GeneratedRegex(@"(?:[\p{N}幺〇零一二三四五六七八九两壹贰叁肆伍陆柒捌玖貳參陸]*\p{N}[\p{N}幺〇零一二三四五六七八九两壹贰叁肆伍陆柒捌玖貳參陸]*)|[幺〇零一二三四五六七八九两壹贰叁肆伍陆柒捌玖貳參陸]{3,}")]
    private static partial Regex DigitRun();

    /// <summary>Format characters (bidi overrides, zero-width) and line separators, which Clean leaves in: a log line must not carry them.</summary>
    [GeneratedRegex(@"[\p{Cf}\p{Zl}\p{Zp}]")]
    private static partial Regex Invisible();

    public static string Mask(string? query)
    {
        var text = Invisible().Replace(QueryAnalyzer.Clean(query), " ");
        text = EmailLike().Replace(text, "[邮箱]");
        text = NameAfterIntro().Replace(text, m => m.Groups["intro"].Value + "[姓名]");
        return DigitRun().Replace(text, m => new string('#', Math.Min(m.Length, 3)));
    }
}
