using System.Net;
using System.Text.RegularExpressions;
using DebtHelp.Web.Chinese;
using DebtHelp.Web.Tests.Pages;

namespace DebtHelp.Web.Tests.Chinese;

/// <summary>
/// The 繁體 views read as Taiwan (/zh-hant, OpenCC s2twp) or Hong Kong (/zh-hk, OpenCC s2hk) text rather than a
/// character-by-character conversion, and never change what the reader typed.
/// </summary>
public sealed partial class RegionalScriptTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    /// <summary>
    /// Words a Taiwan reader would take for machine conversion, with what they write instead. Not listed: 打印 and
    /// 信息, which OpenCC's segmentation leaves alone in 打印出来 and 发信息 (the phrase table matches 印出, 发信 first).
    /// </summary>
    private static readonly (string Not, string Instead)[] TaiwanWords =
    [
        ("這裏", "這裡"), ("覈實", "核實"), ("隔着", "隔著"), ("賴着", "賴著"), ("搜索", "搜尋"), ("視頻", "影片"),
        ("短信", "簡訊"), ("軟件", "軟體"), ("着", "著"), ("裏", "裡"),
    ];

    /// <summary>Hong Kong forms (s2hk has no vocabulary table: 搜索, 短信 stay, 裏 and 着 are the HK forms).</summary>
    private static readonly (string Not, string Instead)[] HongKongWords =
    [
        ("覈實", "核實"), ("這裡", "這裏"), ("隔著", "隔着"), ("賴著", "賴着"), ("搜尋", "搜索"),
    ];

    private readonly HttpClient _client = site.Client;

    public static TheoryData<string> Scripts => new() { "s2twp", "s2hk" };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_converter_writes_what_OpenCC_writes_for_the_sites_own_titles_summaries_and_headings(string config)
    {
        // OPENCC_REFERENCE may point at a larger file in the same format (tools/opencc/make-reference.sh --all).
        var path = Environment.GetEnvironmentVariable("OPENCC_REFERENCE") ?? Path.Combine(AppContext.BaseDirectory, "Chinese", "opencc-reference.tsv");
        var script = config == "s2twp" ? ChineseScript.Taiwan : ChineseScript.HongKong;
        var column = config == "s2twp" ? 1 : 2;
        var rows = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();

        var differences = rows.Where(r => script.Convert(r[0]) != r[column])
            .Select(r => $"{r[0]}\n  OpenCC: {r[column]}\n  ours:   {script.Convert(r[0])}").ToList();

        Assert.True(rows.Count > 300, $"only {rows.Count} reference lines in {path}");
        Assert.True(differences.Count == 0, $"{differences.Count} of {rows.Count} lines differ from OpenCC {config}:\n" + string.Join("\n", differences.Take(20)));
    }

    [Fact]
    public void Taiwan_text_uses_Taiwan_characters_phrases_and_words()
    {
        Assert.Equal("我們這裡要核實身份，他隔著門賴著不走，搜尋。", ChineseScript.Taiwan.Convert("我们这里要核实身份，他隔着门赖着不走，搜索。"));
        Assert.Equal("我們這裏要核實身份，他隔着門賴着不走，搜索。", ChineseScript.HongKong.Convert("我们这里要核实身份，他隔着门赖着不走，搜索。"));
        Assert.Equal("催收人员", ChineseScript.Simplified.Convert("催收人员"));
    }

    [Theory]
    [InlineData("/zh-hant", "zh-Hant-TW")]
    [InlineData("/zh-hk", "zh-Hant-HK")]
    public async Task Converted_pages_have_the_regional_words_and_none_of_the_character_by_character_ones(string prefix, string lang)
    {
        var words = prefix == "/zh-hant" ? TaiwanWords : HongKongWords;
        var pages = new[] { "/", "/search", "/letters", "/topics/complaints" }
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.RealContent, "articles"), "*.md").Select(f => "/articles/" + Path.GetFileNameWithoutExtension(f)));
        var text = new Dictionary<string, string>();
        foreach (var page in pages)
        {
            using var response = await _client.GetAsync(prefix + page);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"<html lang=\"{lang}\">", html);
            text[page] = html;
        }

        var wrong = words.SelectMany(w => text.Where(t => t.Value.Contains(w.Not, StringComparison.Ordinal)).Select(t => $"{t.Key}: {w.Not} (write {w.Instead})")).ToList();
        var missing = words.Where(w => !text.Values.Any(h => h.Contains(w.Instead, StringComparison.Ordinal))).Select(w => w.Instead).ToList();
        Assert.True(wrong.Count == 0, "pages with words that read as converted:\n" + string.Join("\n", wrong.Take(30)));
        Assert.True(missing.Count == 0, "regional words that appear on no page (is the word list still about this site?): " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_indexable_page_names_itself_in_every_script()
    {
        var html = await _client.GetPageAsync("/zh-hk/articles/refuse-entry");

        Assert.Contains($"<link rel=\"canonical\" href=\"{SiteFactory.PublicBaseUrl}/zh-hk/articles/refuse-entry\">", html);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"{SiteFactory.PublicBaseUrl}/articles/refuse-entry\">", html);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"zh-Hant-TW\" href=\"{SiteFactory.PublicBaseUrl}/zh-hant/articles/refuse-entry\">", html);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"zh-Hant-HK\" href=\"{SiteFactory.PublicBaseUrl}/zh-hk/articles/refuse-entry\">", html);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"x-default\" href=\"{SiteFactory.PublicBaseUrl}/articles/refuse-entry\">", html);
        // The footer's links to the other scripts keep their own addresses and labels.
        Assert.Contains("hreflang=\"zh-Hant-TW\" lang=\"zh-Hant-TW\" href=\"/zh-hant/articles/refuse-entry\">", html);
        Assert.Contains("hreflang=\"zh-Hans\" lang=\"zh-Hans\" href=\"/articles/refuse-entry\">&#x7B80;&#x4F53;</a>", html);
        Assert.Contains("href=\"/zh-hk/topics/", html);
    }

    [Theory]
    [InlineData("/zh-hant")]
    [InlineData("/zh-hk")]
    public async Task A_search_query_is_shown_as_the_reader_typed_it(string prefix)
    {
        // 这里 and 搜索 are simplified (and 搜索 a mainland word): converted they would read 這裡 / 這裏, 搜尋.
        const string Query = "这里搜索核实隔着门";
        var html = await _client.GetPageAsync(prefix + "/search?q=" + Uri.EscapeDataString(Query));

        Assert.Contains($"value=\"{Query}\"", html);
        Assert.Matches($"<h1>[^<]*{Query}[^<]*</h1>", html);
        Assert.Matches($"<title>[^<]*{Query}[^<]*</title>", html);
        Assert.DoesNotContain("\uE000", html);
        Assert.DoesNotContain("&#xE000;", html);
    }

    [Fact]
    public async Task A_letter_converts_its_wording_but_not_what_the_reader_typed()
    {
        using var response = await _client.PostAsync("/zh-hant/letters", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Kind"] = "Complaint",
            ["Form.Lender"] = "这里信息科技有限公司",
            ["Form.WhatHappened"] = "1. 催收人员隔着门说要搜索我家",
        }));
        var html = await response.Content.ReadAsStringAsync();
        var letter = LetterText().Match(html).Groups["letter"].Value;

        Assert.Contains("關於貴司催收行為的投訴", letter);
        Assert.Contains("致：这里信息科技有限公司（客戶投訴部門）", letter);
        Assert.Contains("1. 催收人员隔着门说要搜索我家", letter);
        Assert.Contains("value=\"这里信息科技有限公司\"", html);
        Assert.DoesNotContain("\uE000", html);
        Assert.DoesNotContain("&#xE001;", html);
    }

    [Fact]
    public async Task The_usual_requests_in_a_new_letter_are_site_wording_and_come_converted()
    {
        var html = await _client.GetPageAsync("/zh-hant/letters");

        var requests = Regex.Match(html, "<textarea[^>]*Form_Requests[^>]*>(?<text>[^<]*)</textarea>").Groups["text"].Value;
        Assert.Contains("書面告訴我", requests);
        Assert.DoesNotContain("书面告诉我", requests);
    }

    [GeneratedRegex("<div class=\"letter\" id=\"letter-text\">(?<letter>.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex LetterText();
}
