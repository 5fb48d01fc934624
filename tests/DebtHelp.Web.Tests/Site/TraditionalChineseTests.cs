using System.Net;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Tests.Site;

/// <summary>Every page can be read in traditional characters under /zh-hant/..., and the choice carries from link to link.</summary>
public sealed class TraditionalChineseTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.Client;

    [Fact]
    public async Task An_article_under_the_prefix_is_written_in_traditional_characters()
    {
        var (status, html) = await _client.GetTextAsync("/zh-hant/articles/night-visits");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"zh-Hant-TW\">", html);
        Assert.Contains("<title>催收人員深夜上門怎麼辦 - 催收應對知識庫</title>", html);
        Assert.Contains("<h1>催收人員深夜上門怎麼辦</h1>", html);
        Assert.DoesNotContain("怎么办", html);
        Assert.DoesNotContain("最后审核", html);
    }

    [Fact]
    public async Task The_canonical_address_is_the_page_in_its_own_script_with_the_simplified_page_as_an_alternate()
    {
        // Was: the canonical address stays the simplified page. With hreflang alternates each script's page must be
        // its own canonical address, or search engines drop the alternates (issue 15, item 1).
        var (_, html) = await _client.GetTextAsync("/zh-hant/articles/night-visits");

        Assert.Contains($"<link rel=\"canonical\" href=\"{SiteFactory.PublicBaseUrl}/zh-hant/articles/night-visits\">", html);
        Assert.Contains($"<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"{SiteFactory.PublicBaseUrl}/articles/night-visits\">", html);
    }

    [Fact]
    public async Task Links_and_the_search_form_keep_the_prefix_while_files_and_phone_links_do_not()
    {
        var (_, html) = await _client.GetTextAsync("/zh-hant/articles/night-visits");

        Assert.Contains("class=\"brand\" href=\"/zh-hant/\"", html);
        Assert.Contains("href=\"/zh-hant/topics/complaints\"", html);
        Assert.Contains("href=\"/zh-hant/articles/door-now\"", html);
        Assert.Contains("action=\"/zh-hant/search\"", html);
        Assert.Contains("href=\"/zh-hant/letters\"", html);
        Assert.Contains("href=\"/css/site.css?v=", html);
        Assert.Contains("href=\"/feed.xml\"", html);
        Assert.Contains("href=\"tel:110\"", html);
        Assert.DoesNotMatch("href=\"/(articles|topics|search)", html.Replace("hreflang=\"zh-Hans\" lang=\"zh-Hans\" href=\"/articles/night-visits\"", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Section_links_still_reach_their_headings_after_conversion()
    {
        var (_, nightVisits) = await _client.GetTextAsync("/zh-hant/articles/night-visits");
        var (_, doorNow) = await _client.GetTextAsync("/zh-hant/articles/door-now");
        var why = ChineseScript.Taiwan.Convert("为什么可以不开门");
        var now = ChineseScript.Taiwan.Convert("现在怎么做");

        Assert.NotEqual("为什么可以不开门", why);
        Assert.Contains($"<h2 id=\"{why}\">", nightVisits);
        // Article bodies link to sibling articles: from /zh-hant/articles/night-visits, "door-now#..." is /zh-hant/articles/door-now#...
        var link = System.Text.RegularExpressions.Regex.Match(nightVisits, "href=\"door-now#(?<fragment>[^\"]+)\"");
        Assert.True(link.Success, "no link to a section of door-now");
        Assert.Equal(now, Uri.UnescapeDataString(link.Groups["fragment"].Value));
        Assert.Contains($"<h2 id=\"{now}\">", doorNow);
    }

    [Fact]
    public async Task Each_page_links_to_itself_in_the_other_script()
    {
        var (_, simplified) = await _client.GetTextAsync("/articles/night-visits");
        var (_, traditional) = await _client.GetTextAsync("/zh-hant/articles/night-visits");

        Assert.Contains("hreflang=\"zh-Hant\" lang=\"zh-Hant\" href=\"/zh-hant/articles/night-visits\">繁體</a>", simplified);
        // "简体" as character references, so the conversion leaves the label in simplified characters.
        Assert.Contains("hreflang=\"zh-Hans\" lang=\"zh-Hans\" href=\"/articles/night-visits\">&#x7B80;&#x4F53;</a>", traditional);
    }

    [Theory]
    [InlineData("/zh-hant")]
    [InlineData("/zh-hant/")]
    [InlineData("/ZH-HANT/")]
    public async Task The_home_page_answers_under_the_bare_prefix(string path)
    {
        var (status, html) = await _client.GetTextAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"zh-Hant-TW\">", html);
        Assert.Contains("上門催收合法嗎", html);
    }

    [Fact]
    public async Task Search_works_under_the_prefix_with_either_script()
    {
        var (status, html) = await _client.GetTextAsync("/zh-hant/search?q=" + Uri.EscapeDataString("半夜有人來催債"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"zh-Hant-TW\">", html);
        Assert.Contains("href=\"/zh-hant/articles/night-visits\"", html);
        Assert.Contains("value=\"半夜有人來催債\"", html);
        Assert.Contains("href=\"/search?q=", html);
    }

    [Fact]
    public async Task An_unknown_address_under_the_prefix_gets_the_404_page_in_traditional_characters()
    {
        var (status, html) = await _client.GetTextAsync("/zh-hant/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<html lang=\"zh-Hant-TW\">", html);
        Assert.Contains("找不到這個頁面", html);
        Assert.Contains("href=\"/articles/no-such-article\"", html);
    }

    [Fact]
    public async Task Cached_pages_never_mix_the_two_scripts()
    {
        for (var round = 0; round < 2; round++)
        {
            var (_, traditional) = await _client.GetTextAsync("/zh-hant/topics/complaints");
            var (_, simplified) = await _client.GetTextAsync("/topics/complaints");

            Assert.Contains("<html lang=\"zh-Hant-TW\">", traditional);
            Assert.Contains("投訴維權", traditional);
            Assert.Contains("<html lang=\"zh-CN\">", simplified);
            Assert.Contains("投诉维权", simplified);
        }
    }

    [Fact]
    public async Task The_search_limit_applies_under_the_prefix_too()
    {
        using var limited = new SiteFactory().RateLimited(3);
        var client = await limited.ReadyClientAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync($"/zh-hant/search?q=催收{i}");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task A_letter_posted_under_the_prefix_comes_back_in_traditional_characters_and_uncached()
    {
        using var response = await _client.PostAsync("/zh-hant/letters", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Kind"] = "Complaint",
            ["Form.Lender"] = "某某消费金融有限公司",
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("<html lang=\"zh-Hant-TW\">", html);
        Assert.Contains(ChineseScript.Taiwan.Convert("关于贵司催收行为的投诉"), html);
        // What the reader typed stays as typed (issue 15, item 1); the letter's own wording is converted.
        Assert.Contains("致：某某消费金融有限公司" + ChineseScript.Taiwan.Convert("（客户投诉部门）"), html);
    }

    [Fact]
    public async Task The_letter_builder_posts_back_under_the_prefix()
    {
        var (status, html) = await _client.GetTextAsync("/zh-hant/letters");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("action=\"/zh-hant/letters\"", html);
        Assert.Contains(ChineseScript.Taiwan.Convert("你填写的内容不会被保存、记录或发送到任何地方。"), html);
    }
}
