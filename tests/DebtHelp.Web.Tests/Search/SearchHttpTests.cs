using System.Net;
using System.Text.Json;

namespace DebtHelp.Web.Tests.Search;

public sealed class SearchHttpTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site = site;

    [Fact]
    public async Task The_results_page_links_to_the_answering_section_and_marks_matched_words()
    {
        var (status, html) = await _site.Client.GetTextAsync("/search?q=" + Uri.EscapeDataString("通过官方渠道核实欠款"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/articles/verify-identity#" + Uri.EscapeDataString("通过官方渠道核实") + "\"", html);
        Assert.Contains("<mark>", html);
        Assert.Contains("value=\"通过官方渠道核实欠款\"", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
    }

    [Fact]
    public async Task The_empty_search_page_is_indexable_and_results_pages_are_not()
    {
        var (_, empty) = await _site.Client.GetTextAsync("/search");
        var (_, results) = await _site.Client.GetTextAsync("/search?q=" + Uri.EscapeDataString("催收上门"));
        var (_, nothing) = await _site.Client.GetTextAsync("/search?q=" + Uri.EscapeDataString("随便写点广告文字"));

        Assert.Contains($"<link rel=\"canonical\" href=\"{SiteFactory.PublicBaseUrl}/search\">", empty);
        Assert.DoesNotContain("noindex", empty);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", results);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", nothing);
        Assert.DoesNotContain("rel=\"canonical\"", results);
    }

    [Fact]
    public async Task A_question_with_no_answer_gets_a_friendly_page_with_topics_the_emergency_article_and_suggestions()
    {
        var (status, html) = await _site.Client.GetTextAsync("/search?q=" + Uri.EscapeDataString("火星天气预报"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("没有找到", html);
        Assert.Contains("href=\"/topics/evidence\"", html);
        Assert.Contains("href=\"/articles/collector-at-door-now\"", html);
    }

    [Fact]
    public async Task The_api_returns_the_documented_json()
    {
        var (status, body) = await _site.Client.GetTextAsync("/api/search?limit=2&q=" + Uri.EscapeDataString("半夜有人敲门"));

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("半夜有人敲门", json.RootElement.GetProperty("query").GetString());
        var results = json.RootElement.GetProperty("results");
        Assert.InRange(results.GetArrayLength(), 1, 2);
        var first = results[0];
        Assert.Equal("night-visits", first.GetProperty("slug").GetString());
        Assert.StartsWith("/articles/night-visits", first.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("催收人员深夜上门怎么办", first.GetProperty("title").GetString());
        Assert.Contains("home-visit-legality", first.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("snippet").GetString()));
        Assert.True(first.GetProperty("score").GetDouble() > 0);
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=a&q=b")]
    [InlineData("/api/search?q=催收&limit=0")]
    [InlineData("/api/search?q=催收&limit=51")]
    [InlineData("/api/search?q=催收&limit=abc")]
    public async Task The_api_answers_bad_requests_with_a_Chinese_message(string url)
    {
        var (status, body) = await _site.Client.GetTextAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!;
        Assert.Matches("[\u4e00-\u9fff]", error);
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"催收\"",
        "催收\" OR \"",
        "*",
        "上门*",
        "NEAR(催收 上门, 5)",
        "催收 OR 上门 AND NOT 投诉",
        "-催收",
        "title:催收",
        "^催收",
        "'; DROP TABLE articles; --",
        "1' OR '1'='1",
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "\u0000\u0001\u0002催收\u001f",
        "😀催收😀上门🏠",
        "\uD800催收",
        new string('催', 10_000),
        string.Concat(Enumerable.Repeat("催收 OR ", 2_000)),
        "%00%ff",
        "../../etc/passwd",
        "ｓｅｌｅｃｔ＊ｆｒｏｍ",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_queries_get_a_normal_page_and_are_never_reflected_unescaped(string query)
    {
        var (status, html) = await _site.Client.GetTextAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_queries_get_json_or_a_clear_400_from_the_api(string query)
    {
        var (status, body) = await _site.Client.GetTextAsync("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"got {status}");
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.TryGetProperty(status == HttpStatusCode.OK ? "results" : "error", out _));
    }

    [Theory]
    [InlineData("/search?q=%FF%FE%FD")]
    [InlineData("/search?q=%E5%82")]
    [InlineData("/api/search?q=%C0%AF")]
    [InlineData("/search?q=a&q=b&q=c")]
    public async Task Invalid_utf8_and_repeated_parameters_do_not_break_anything(string url)
    {
        var (status, _) = await _site.Client.GetTextAsync(url);

        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"got {status}");
    }

    [Fact]
    public async Task A_phone_number_in_a_query_is_never_logged_as_typed()
    {
        const string Phone = "13812345678";
        await _site.Client.GetTextAsync("/search?q=" + Uri.EscapeDataString("催收打我电话" + Phone + "怎么办"));
        await _site.Client.GetTextAsync("/search?q=" + Uri.EscapeDataString("无关内容" + Phone));
        await _site.Client.GetTextAsync("/api/search?q=" + Uri.EscapeDataString("我的身份证110105194912310021"));

        // Request lines are written after the response goes out.
        await Eventually.HoldsAsync(() => Task.FromResult(_site.Logs.AllText.Contains("\"/search\" responded 200", StringComparison.Ordinal)), "the request log line");
        var logs = _site.Logs.AllText;
        Assert.True(logs.Contains("Search of", StringComparison.Ordinal), logs);
        Assert.DoesNotContain(Phone, logs);
        Assert.DoesNotContain("12345678", logs);
        Assert.DoesNotContain("110105194912310021", logs);
        Assert.DoesNotContain("127.0.0.1", logs);
    }
}
