using System.Text.RegularExpressions;

namespace DebtHelp.Web.Tests.Content;

/// <summary>
/// Phone numbers in articles, whether linked (tel:) or written out as a bare service number, are only the ones
/// legal-reference.md section 3 lists, and the help lines the reference marks 🟡 with a usage caveat carry that
/// caveat in the same paragraph.
/// </summary>
public sealed partial class PhoneNumberTests
{
    /// <summary>
    /// From legal-reference.md section 3 (help and complaint channels, as of 2026-12-01). 120 is named in the 12356
    /// row ("有生命危险时打 110 或 120"); 010-12321 is 12321's advice line. 12363 is left out on purpose: the reference
    /// marks its current status ⚪ (not verified), and the site does not send readers there.
    /// </summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "110", "120", "12378", "12348", "12345", "12321", "010-12321", "12377", "12356", "12368", "96110",
    };

    /// <summary>
    /// The 🟡 lines whose reference row states how they may be used, and words that show the caveat is given:
    /// 12356 serves at least 18 hours a day, not necessarily 24 (and 110/120 first when a life is at risk);
    /// 96110 is not a number for reporting a crime (110 is); 12368's area-code rule and service hours are only
    /// from secondary sources, and the reference pairs it with the court's own published number.
    /// The other 🟡 numbers (12378, 12348, 12345, 12321, 12377) are 🟡 for the description of what they handle, not
    /// for how to call them; their rows state no usage caveat, so they are not checked here.
    /// </summary>
    private static readonly Dictionary<string, string[]> CaveatWords = new(StringComparer.Ordinal)
    {
        ["12356"] = ["18小时", "18个小时", "24小时", "全天"],
        ["96110"] = ["不是报警", "报警电话"],
        ["12368"] = ["区号", "工作时间", "人工服务", "官网", "官方网站", "公开的电话", "公布的电话", "公开电话"],
    };

    private static string ArticlesDir => Path.Combine(TestPaths.RealContent, "articles");

    public sealed record Paragraph(string File, int Line, string Text, bool InFrontMatter);

    /// <summary>Blank-line separated blocks of the body, each list item and table row on its own; front-matter lines as they are.</summary>
    public static IEnumerable<Paragraph> Paragraphs(string path)
    {
        var file = "articles/" + Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        var body = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            for (var i = 1; i < lines.Length; i++)
            {
                if (lines[i].Trim() == "---")
                {
                    body = i + 1;
                    break;
                }

                yield return new Paragraph(file, i + 1, lines[i], true);
            }
        }

        var current = new List<string>();
        var start = 0;
        for (var i = body; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : "";
            var startsNew = line.Trim().Length == 0 || ListItem().IsMatch(line) || line.TrimStart().StartsWith('|') || line.StartsWith('#');
            if (startsNew && current.Count > 0)
            {
                yield return new Paragraph(file, start + 1, string.Join("\n", current), false);
                current.Clear();
            }

            if (line.Trim().Length > 0)
            {
                if (current.Count == 0)
                {
                    start = i;
                }

                current.Add(line);
            }
        }
    }

    public static IEnumerable<string> PhoneNumbers(string text)
    {
        foreach (Match m in TelLink().Matches(text))
        {
            yield return m.Groups[1].Value;
        }

        // Bare numbers: the text without the tel: targets (their visible text is still there and is counted once).
        foreach (Match m in BareNumber().Matches(TelLink().Replace(text, "")))
        {
            yield return m.Value;
        }
    }

    private static IEnumerable<string> ArticleFiles() =>
        Directory.EnumerateFiles(ArticlesDir, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_phone_number_in_an_article_is_one_the_reference_lists()
    {
        var wrong = ArticleFiles().SelectMany(Paragraphs)
            .SelectMany(p => PhoneNumbers(p.Text).Where(n => !Allowed.Contains(n)).Select(n => $"{p.File}:{p.Line}: {n} is not a number legal-reference.md section 3 lists ({string.Join(", ", Allowed)}); remove it, or add a verified row to the reference first"))
            .Distinct()
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Help_lines_with_a_usage_caveat_carry_it_in_the_same_paragraph()
    {
        var wrong = new List<string>();
        foreach (var path in ArticleFiles())
        {
            var paragraphs = Paragraphs(path).ToList();
            foreach (var (number, words) in CaveatWords)
            {
                var mentions = paragraphs.Where(p => PhoneNumbers(p.Text).Contains(number)).ToList();
                bool Caveated(Paragraph p) => words.Any(w => p.Text.Contains(w, StringComparison.Ordinal));

                // The summary is one or two sentences: it may name the line if the body gives the caveat.
                var bodyHasCaveat = mentions.Any(p => !p.InFrontMatter && Caveated(p));
                foreach (var p in mentions.Where(p => !Caveated(p) && !(p.InFrontMatter && bodyHasCaveat)))
                {
                    wrong.Add($"{p.File}:{p.Line}: {number} without its caveat in the same paragraph (one of: {string.Join("、", words)}); see legal-reference.md section 3");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("拨打 [110](tel:110) 或 [12348](tel:12348)", "110,12348")]
    [InlineData("找12378投诉，网站 www.12321.cn，电话 010-12321", "12378,010-12321")]
    [InlineData("第110条、借了10000元、分12期、1000元、150天、144条、2026年", "")]
    [InlineData("拨打96110或12356", "96110,12356")]
    [InlineData("（2026）京0105民初12345号", "")]
    public void Phone_numbers_are_found_and_amounts_are_not(string text, string expected)
    {
        Assert.Equal(expected, string.Join(",", PhoneNumbers(text).Distinct()));
    }

    [GeneratedRegex(@"^\s*(?:[0-9]+[.、)]|[-*+])\s")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\(tel:([^)\s]+)\)")]
    private static partial Regex TelLink();

    /// <summary>
    /// Service-number shapes: 3-digit 1xx (110, 120), 5-digit 1xxxx (12348 …), 5-digit 95xxx/96xxx (96110), with an
    /// optional area code; not inside a longer number, a web address or a case number, not an article number (第110条)
    /// and not a quantity (1000元, 12期, 150天).
    /// </summary>
    [GeneratedRegex(@"(?<![0-9０-９A-Za-z第.\-/:_])(?:0[0-9]{2,3}-)?(?:1[0-9]{2}|1[0-9]{4}|9[56][0-9]{3})(?![0-9０-９A-Za-z.\-_/])(?!\s*(?:元|年|月|日|天|条|款|项|期|次|个|小时|分|秒|%|％|万|千|百|字|岁|人|名|份|张|段|页|倍|多|余|米|户|家|笔|位|周|届|克|号|室|栋|楼|块|件|亿))")]
    private static partial Regex BareNumber();
}
