using System.Net;

namespace DebtHelp.Web.Tests.Pages;

public sealed class PageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.Client;

    [Fact]
    public async Task Home_lists_the_five_topics_with_their_articles_and_the_emergency_link()
    {
        var (status, html) = await _client.GetTextAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        foreach (var topic in new[] { "上门催收合法吗", "核实身份", "保留证据", "协商还款", "投诉维权" })
        {
            Assert.Contains(topic, html);
        }

        Assert.Contains("href=\"/articles/night-visits\"", html);
        Assert.Contains("href=\"/articles/collector-at-door-now\"", html);
        Assert.Contains("action=\"/search\"", html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public async Task Article_page_shows_summary_first_then_body_topics_related_and_review_date()
    {
        var (status, html) = await _client.GetTextAsync("/articles/night-visits");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<title>催收人员深夜上门怎么办 - 催收应对知识库</title>", html);
        Assert.Contains("<meta name=\"description\" content=\"晚上10点到早上8点之间不应上门催收", html);
        Assert.True(html.IndexOf("简短回答", StringComparison.Ordinal) < html.IndexOf("不开门，隔着门说话", StringComparison.Ordinal));
        Assert.Contains("<h2 id=\"为什么可以不开门\">", html);
        Assert.Contains("href=\"/topics/home-visit-legality\"", html);
        Assert.Contains("href=\"/topics/complaints\"", html);
        Assert.Contains("最后审核", html);
        Assert.Contains("2026年11月1日", html);
        Assert.Contains("不构成针对具体个案的法律意见", html);
        Assert.Contains("接下来可以看", html);
        Assert.Contains("href=\"/articles/door-now\"", html);
        Assert.Contains("href=\"tel:110\"", html);
    }

    [Fact]
    public async Task Raw_html_in_an_article_is_shown_as_text_not_run()
    {
        var (_, html) = await _client.GetTextAsync("/articles/door-now");

        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task Topic_page_lists_its_articles()
    {
        var (status, html) = await _client.GetTextAsync("/topics/identity-checks");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("核实身份", html);
        Assert.Contains("href=\"/articles/verify-identity\"", html);
        Assert.Contains("href=\"/articles/door-now\"", html);
        Assert.DoesNotContain("href=\"/articles/negotiate\"", html);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/topics/no-such-topic")]
    [InlineData("/some/unknown/path")]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    public async Task Unknown_addresses_get_the_Chinese_404_page_with_a_way_back(string url)
    {
        var (status, html) = await _client.GetTextAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("找不到这个页面", html);
        Assert.Contains("href=\"/\"", html);
        Assert.Contains("<html lang=\"zh-CN\">", html);
    }

    [Fact]
    public async Task Health_check_reports_the_loaded_index()
    {
        var (status, body) = await _client.GetTextAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("4 articles", body);
    }

    [Fact]
    public async Task Pages_load_nothing_from_another_host_and_send_security_headers()
    {
        using var response = await _client.GetAsync("/articles/night-visits");
        var html = await response.Content.ReadAsStringAsync();

        // The canonical address and the hreflang alternates name this site's own pages; nothing is loaded from them.
        var selfLinks = System.Text.RegularExpressions.Regex.Replace(html, "rel=\"alternate\" hreflang=\"[^\"]+\" href=\"" + SiteFactory.PublicBaseUrl + "/", "");
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", selfLinks.Replace("rel=\"canonical\" href=\"" + SiteFactory.PublicBaseUrl + "/", "", StringComparison.Ordinal));
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
