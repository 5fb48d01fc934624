using System.Text.RegularExpressions;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Articles.Diagrams;
using DebtHelp.Web.Tests.Pages;

namespace DebtHelp.Web.Tests.Articles;

/// <summary>The pictures placed in articles: real text, links to real articles, deadlines as the law sets them, also in 繁體.</summary>
public sealed partial class DiagramTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private static readonly string[] DiagramArticles = ["when-visits-happen", "sued-summons-what-to-do", "defence-period-and-court"];

    private readonly HttpClient _client = site.Client;

    [Fact]
    public void Every_diagram_line_in_content_names_a_known_diagram()
    {
        var problems = new List<string>();
        var used = new HashSet<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RealContent, "articles"), "*.md"))
        {
            foreach (var (name, line) in DiagramExtension.DiagramsIn(MarkdownRenderer.Parse(File.ReadAllText(file))))
            {
                used.Add(name);
                if (!SiteDiagrams.ByName.ContainsKey(name))
                {
                    problems.Add($"{Path.GetFileName(file)}:{line}: unknown diagram '{name}'; known: {string.Join(", ", SiteDiagrams.ByName.Keys)}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.Equal(SiteDiagrams.ByName.Keys.Order(), used.Order());
    }

    [Fact]
    public void The_deadlines_in_the_lawsuit_timeline_are_the_ones_in_the_civil_procedure_law()
    {
        var law = File.ReadAllText(Path.Combine(TestPaths.RealContent, "law-texts", "民事诉讼法-2023.md"));
        var text = string.Join('\n', SiteDiagrams.LawsuitTimeline.Steps.SelectMany(s => s.Lines.Prepend(s.Title)));

        Assert.Matches("第一百二十八条[^\n]*被告应当在收到之日起十五日内提出答辩状", law);
        Assert.Contains("从收到起诉状副本之日起15日内", text);
        Assert.Matches("第一百七十一条 当事人不服地方人民法院第一审判决的，有权在判决书送达之日起十五日内", law);
        Assert.Contains("从判决书送达之日起15日内", text);
        Assert.Contains("第二百五十条 申请执行的期间为二年", law);
        Assert.Contains("2年内申请法院强制执行", text);
        Assert.Contains("第128条、第171条、第250条", SiteDiagrams.LawsuitTimeline.Caption);
        string[] order = ["收到传票", "答辩", "开庭", "判决", "上诉", "强制执行"];
        Assert.Equal(order.Length, SiteDiagrams.LawsuitTimeline.Steps.Count);
        Assert.All(order.Zip(SiteDiagrams.LawsuitTimeline.Steps), p => Assert.Contains(p.First, p.Second.Title, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/zh-hant")]
    [InlineData("/zh-hk")]
    public async Task The_pictures_are_inline_svg_with_real_text_whose_steps_link_to_existing_articles(string prefix)
    {
        var slugs = Directory.GetFiles(Path.Combine(TestPaths.RealContent, "articles"), "*.md").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var slug in DiagramArticles)
        {
            var html = await _client.GetPageAsync($"{prefix}/articles/{slug}");
            var svg = Svg().Match(html);
            Assert.True(svg.Success, $"{prefix}/articles/{slug} has no inline SVG picture");

            var diagram = slug == "when-visits-happen" ? SiteDiagrams.CollectionStages : SiteDiagrams.LawsuitTimeline;
            var script = prefix == "/zh-hant" ? DebtHelp.Web.Chinese.ChineseScript.Taiwan : prefix == "/zh-hk" ? DebtHelp.Web.Chinese.ChineseScript.HongKong : DebtHelp.Web.Chinese.ChineseScript.Simplified;
            foreach (var step in diagram.Steps)
            {
                Assert.Contains($">{script.Convert(step.Title)}</text>", svg.Value);
            }

            Assert.Contains($">{script.Convert(diagram.Title)}</title>", svg.Value);
            var links = Regex.Matches(svg.Value, "<a href=\"(?<href>[^\"]+)\">").Select(m => m.Groups["href"].Value).ToList();
            Assert.Equal(diagram.Steps.Count, links.Count);
            foreach (var href in links)
            {
                // Where a browser goes from this page: the step's article, in the same script.
                var target = new Uri(new Uri($"http://localhost{prefix}/articles/{slug}"), href).AbsolutePath;
                Assert.StartsWith(prefix + "/articles/", target);
                Assert.Contains(target[(prefix + "/articles/").Length..], slugs);
            }

            Assert.DoesNotContain("style=", svg.Value);
        }
    }

    [GeneratedRegex("<svg\\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();
}
