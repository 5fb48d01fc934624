using System.Text.RegularExpressions;

namespace DebtHelp.Web.Tests.Content;

/// <summary>
/// Every article number cited in content/ names a law whose text the repository holds (content/law-texts/),
/// and the article exists there. 治安管理处罚法 is checked against its 2026 numbering unless the citation
/// says it means the 2012 text.
/// </summary>
public sealed partial class CitationTests
{
    private static readonly string LawTexts = Path.Combine(TestPaths.RealContent, "law-texts");

    private static readonly Dictionary<string, string[]> Laws = new(StringComparer.Ordinal)
    {
        ["中华人民共和国治安管理处罚法"] = ["治安管理处罚法-2025.md"],
        ["中华人民共和国治安管理处罚法（2012年修正）"] = ["治安管理处罚法-2012.md"],
        ["中华人民共和国刑法"] = ["刑法.md"],
        ["中华人民共和国民法典"] = ["民法典-总则编.md", "民法典-合同编.md", "民法典-人格权编.md", "民法典-婚姻家庭编.md", "民法典-继承编.md", "民法典-侵权责任编.md"],
        ["中华人民共和国个人信息保护法"] = ["个人信息保护法.md"],
        ["中华人民共和国民事诉讼法"] = ["民事诉讼法-2023.md"],
        ["中华人民共和国仲裁法"] = ["仲裁法-2025.md"],
        ["征信业管理条例"] = ["征信业管理条例.md"],
        ["最高人民法院关于审理民间借贷案件适用法律若干问题的规定"] = ["民间借贷司法解释.md"],
        ["最高人民法院关于新民间借贷司法解释适用范围问题的批复"] = ["民间借贷司法解释适用范围批复.md"],
        ["最高人民法院关于适用〈中华人民共和国民法典〉婚姻家庭编的解释（一）"] = ["婚姻家庭编司法解释一.md"],
        ["最高人民法院关于公布失信被执行人名单信息的若干规定"] = ["失信被执行人名单规定.md"],
        ["最高人民法院关于限制被执行人高消费及有关消费的若干规定"] = ["限制高消费规定.md"],
        ["最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定"] = ["诉讼时效司法解释.md"],
        ["最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释"] = ["拒执罪司法解释.md"],
        ["最高人民法院关于仲裁机构“先予仲裁”裁决或者调解书立案、执行等法律适用问题的批复"] = ["先予仲裁批复.md"],
    };

    private static readonly Dictionary<string, HashSet<string>> ArticlesByLaw = Laws.ToDictionary(
        kv => kv.Key,
        kv => kv.Value.SelectMany(f => File.ReadLines(Path.Combine(LawTexts, f)))
            .Select(l => ArticleHeading().Match(l)).Where(m => m.Success)
            .Select(m => ChineseNumerals.Parse(m.Groups[1].Value) + m.Groups[2].Value).ToHashSet(StringComparer.Ordinal));

    public sealed record Citation(string File, int Line, string Law, string Number, string Text);

    public static IEnumerable<Citation> AllCitations()
    {
        var articles = Path.Combine(TestPaths.RealContent, "articles");
        foreach (var file in Directory.EnumerateFiles(articles, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match m in CitationPattern().Matches(lines[i]))
                {
                    var law = m.Groups[1].Value;
                    // "《…》第96条、第103条": every number in the run belongs to the same law.
                    foreach (Match n in NumberPattern().Matches(m.Groups[2].Value))
                    {
                        yield return new Citation(Path.GetRelativePath(TestPaths.RealContent, file), i + 1, law, ChineseNumerals.Parse(n.Groups[1].Value) + n.Groups[2].Value, m.Value);
                    }
                }

                foreach (Match m in BareSecurityLawPattern().Matches(lines[i]))
                {
                    yield return new Citation(Path.GetRelativePath(TestPaths.RealContent, file), i + 1, "中华人民共和国治安管理处罚法", ChineseNumerals.Parse(m.Groups[1].Value).ToString(System.Globalization.CultureInfo.InvariantCulture), m.Value);
                }
            }
        }
    }

    [Fact]
    public void The_content_cites_law_by_article_number()
    {
        Assert.True(AllCitations().Count() >= 50, "expected the articles to cite law by article number");
    }

    [Fact]
    public void Every_cited_article_number_exists_in_the_statute_text_the_repository_holds()
    {
        var wrong = new List<string>();
        foreach (var c in AllCitations())
        {
            if (!ArticlesByLaw.TryGetValue(c.Law, out var numbers))
            {
                wrong.Add($"{c.File}:{c.Line}: 《{c.Law}》 is cited by article number but content/law-texts/ has no text of it; cite it in words only or add its text ({c.Text})");
            }
            else if (!numbers.Contains(c.Number))
            {
                wrong.Add($"{c.File}:{c.Line}: 《{c.Law}》 has no article {c.Number} ({c.Text}); check the number in content/law-texts/");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("中华人民共和国治安管理处罚法", "47")]
    [InlineData("中华人民共和国治安管理处罚法", "144")]
    [InlineData("中华人民共和国刑法", "293之一")]
    [InlineData("中华人民共和国民法典", "1033")]
    [InlineData("中华人民共和国个人信息保护法", "69")]
    public void The_statute_texts_are_read_correctly(string law, string number) => Assert.Contains(number, ArticlesByLaw[law]);

    [Fact]
    public void The_old_security_law_numbering_does_not_slip_through_as_current()
    {
        // 2025 text has 144 articles; the 2012 text's 第40条 (trespass) is 第47条 now. A citation of the old
        // number without the 2012 marker would still "exist", so check the common outdated ones by meaning.
        var outdated = AllCitations()
            .Where(c => c.Law == "中华人民共和国治安管理处罚法" && c.Number is "40" or "42" or "43" or "49")
            .Select(c => $"{c.File}:{c.Line}: {c.Text} uses the pre-2026 numbering; trespass is now 第47条, threats and harassment 第50条, battery 第51条, extortion 第58条")
            .ToList();

        Assert.True(outdated.Count == 0, string.Join("\n", outdated));
    }

    [Fact]
    public void Numerals_convert_both_ways()
    {
        foreach (var n in new[] { 1, 10, 11, 20, 47, 100, 105, 110, 245, 1000, 1033, 1183 })
        {
            Assert.Equal(n, ChineseNumerals.Parse(ChineseNumerals.From(n)));
        }

        Assert.Equal("二百四十五", ChineseNumerals.From(245));
        Assert.Equal("一千零三十三", ChineseNumerals.From(1033));
    }

    [GeneratedRegex("《([^》]{2,60})》((?:[、，和及与或]?\\s*第[0-9零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?(?:第[0-9一二三四五六七八九十]+款)?(?:第（[一二三四五六七八九十]+）项)?(?:[、和及](?:第（[一二三四五六七八九十]+）项|第[0-9一二三四五六七八九十]+款))*)+)")]
    private static partial Regex CitationPattern();

    [GeneratedRegex("第([0-9零〇一二三四五六七八九十百千]+)条(之[一二三四五六七八九十]+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^第([0-9零〇一二三四五六七八九十百千]+)条(之[一二三四五六七八九十]+)?")]
    private static partial Regex ArticleHeading();

    [GeneratedRegex("(?<![》（])治安管理处罚法第([0-9零一二三四五六七八九十百]+)条")]
    private static partial Regex BareSecurityLawPattern();
}
