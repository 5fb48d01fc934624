using System.Net;
using System.Text.Json;

namespace DebtHelp.Web.Tests.Search;

/// <summary>Issue 12 through HTTP on the real content: answer-first results, urgency, confidence, crisis.</summary>
public sealed class AnswerFirstTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    private readonly RealContentSite _site = site;

    private Task<JsonElement> ApiAsync(string q) => _site.Client.GetJsonAsync("/api/search?q=" + Uri.EscapeDataString(q));

    private Task<string> PageAsync(string q) => _site.Client.GetPageAsync("/search?q=" + Uri.EscapeDataString(q));

    private static List<string> Slugs(JsonElement json) =>
        [.. json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!)];

    [Fact]
    public async Task A_hit_carries_the_short_answer_and_links_to_the_top_of_the_article()
    {
        var json = await ApiAsync("催收人员凌晨上门怎么办");

        var first = json.GetProperty("results")[0];
        Assert.Equal("night-visits", first.GetProperty("slug").GetString());
        Assert.Equal("/articles/night-visits", first.GetProperty("url").GetString());
        Assert.StartsWith("半夜或凌晨", first.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("high", json.GetProperty("confidence").GetString());
        Assert.False(json.GetProperty("crisis").GetBoolean());
    }

    [Fact]
    public async Task The_results_page_shows_the_short_answer_under_the_title()
    {
        var html = await PageAsync("催收人员凌晨上门怎么办");

        Assert.Contains("<a class=\"result-title\" href=\"/articles/night-visits\">", html);
        Assert.Contains("<p class=\"summary\">半夜或凌晨", html);
    }

    [Fact]
    public async Task The_emergency_article_comes_first_only_when_it_is_happening_now()
    {
        Assert.Equal("collector-at-door-now", Slugs(await ApiAsync("催收的人现在就在门口敲门，我该怎么办"))[0]);
        Assert.NotEqual("collector-at-door-now", Slugs(await ApiAsync("催收上门的时候我可以录音吗"))[0]);
        Assert.NotEqual("collector-at-door-now", Slugs(await ApiAsync("可以不让上门的催收进屋吗"))[0]);
    }

    [Fact]
    public async Task A_question_no_article_answers_is_not_answered_with_confidence()
    {
        var json = await ApiAsync("怎么做红烧肉");
        Assert.NotEqual("high", json.GetProperty("confidence").GetString());

        var html = await PageAsync("明天股票会涨吗");
        Assert.True(html.Contains("没有一篇文章正好回答这个问题", StringComparison.Ordinal) || html.Contains("没有找到", StringComparison.Ordinal), html);
    }

    [Fact]
    public async Task A_crisis_message_gets_the_crisis_box_above_everything_and_the_crisis_page_first()
    {
        var json = await ApiAsync("我真的撑不下去了想死");
        Assert.True(json.GetProperty("crisis").GetBoolean());
        Assert.Equal("crisis-support", Slugs(json)[0]);

        var html = await PageAsync("我真的撑不下去了想死");
        var box = html.IndexOf("class=\"crisis-box\"", StringComparison.Ordinal);
        Assert.True(box > 0, "no crisis box");
        Assert.True(box < html.IndexOf("<h1>", StringComparison.Ordinal), "the crisis box must come before the heading");
        Assert.Contains("href=\"tel:12356\"", html);
        Assert.Contains("href=\"tel:110\"", html);
        Assert.Contains("href=\"tel:120\"", html);
    }

    [Theory]
    [InlineData("压力大得整晚睡不着，网贷逾期了怎么跟平台协商")]
    [InlineData("欠了八万，每天都好焦虑，催收电话能不能不接")]
    [InlineData("壓力太大了，整晚睡不著，可以申請延期還款嗎")]
    public async Task A_message_of_strain_gets_a_quiet_support_line_but_no_crisis_box(string q)
    {
        var json = await ApiAsync(q);
        Assert.False(json.GetProperty("crisis").GetBoolean());
        Assert.True(json.GetProperty("strain").GetBoolean());

        var html = await PageAsync(q);
        Assert.DoesNotContain("class=\"crisis-box\"", html);
        var line = html.IndexOf("class=\"support-line\"", StringComparison.Ordinal);
        Assert.True(line > 0, "no support line");
        var end = html.IndexOf("</p>", line, StringComparison.Ordinal);
        var text = html[line..end];
        Assert.Contains("href=\"/articles/coping-with-debt\"", text);
        Assert.Contains("href=\"/articles/crisis-support\"", text);
        Assert.Contains("href=\"tel:110\"", text);
    }

    [Theory]
    [InlineData("催收人员凌晨上门怎么办")]
    [InlineData("系统崩溃了还款没成功会算逾期吗")]
    [InlineData("可以要求上门的人出示工作证吗")]
    [InlineData("我真的撑不下去了想死")]
    public async Task An_ordinary_question_or_a_crisis_gets_no_support_line(string q)
    {
        Assert.False((await ApiAsync(q)).GetProperty("strain").GetBoolean());
        Assert.DoesNotContain("class=\"support-line\"", await PageAsync(q));
    }

    [Theory]
    [InlineData("催收说要弄死我")]
    [InlineData("手机死机了怎么还款")]
    [InlineData("吓死了 催收又来电话")]
    public async Task An_ordinary_message_with_死_gets_no_crisis_box(string q)
    {
        Assert.False((await ApiAsync(q)).GetProperty("crisis").GetBoolean());
        Assert.DoesNotContain("class=\"crisis-box\"", await PageAsync(q));
    }

    [Fact]
    public async Task Everyday_words_find_the_article_written_in_other_words()
    {
        Assert.Contains("family-and-workplace", Slugs(await ApiAsync("催收天天call我老板")).Take(3));
        Assert.Contains("negotiate-instalments", Slugs(await ApiAsync("工资不够还利息 能不能跟平台说停一停")).Take(3));
    }

    [Fact]
    public async Task A_message_with_two_asks_answers_each_in_the_api_and_on_the_page()
    {
        const string Q = "借了好几家网贷都还不上了，想知道同时欠好几家先还哪一家？另外怎么查自己的征信报告？";
        var asks = (await ApiAsync(Q)).GetProperty("asks").EnumerateArray().ToList();
        var html = await PageAsync(Q);

        Assert.Equal(["many-loans-which-first", "get-credit-report"], asks.Select(a => a.GetProperty("answer").GetProperty("slug").GetString()));
        Assert.Contains("征信报告", asks[1].GetProperty("ask").GetString());
        Assert.Contains("你的问题里有 2 件事", html);
    }

    [Fact]
    public async Task A_one_question_search_has_no_separate_asks()
    {
        Assert.Empty((await ApiAsync("催收上门怎么办")).GetProperty("asks").EnumerateArray());
    }

    /// <summary>
    /// A question no article answers exactly: the page shows the three closest (and says so), the API still lists
    /// ten. The page's search makes only the three it shows (MessageSearch's unsure limit).
    /// </summary>
    [Fact]
    public async Task An_unsure_answer_shows_the_three_closest_on_the_page_and_ten_in_the_api()
    {
        const string Question = "信用卡年费能退吗";
        var (_, body) = await _site.Client.GetTextAsync("/api/search?q=" + Uri.EscapeDataString(Question));
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var (_, html) = await _site.Client.GetTextAsync("/search?q=" + Uri.EscapeDataString(Question));

        Assert.NotEqual("high", json.RootElement.GetProperty("confidence").GetString());
        Assert.Equal(10, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(html, "class=\"result-title\""));
        Assert.Contains("没有一篇文章正好回答这个问题", html);
    }

    /// <summary>Emoji alone leave nothing to search for, but a rope or pills with "tonight" is a cry for help.</summary>
    [Theory]
    [InlineData("🔪💊🪢")]
    [InlineData("💊 今晚")]
    public async Task A_message_of_emoji_that_signals_a_crisis_gets_the_crisis_box(string message)
    {
        var (_, body) = await _site.Client.GetTextAsync("/api/search?q=" + Uri.EscapeDataString(message));
        using var json = System.Text.Json.JsonDocument.Parse(body);
        var (_, html) = await _site.Client.GetTextAsync("/search?q=" + Uri.EscapeDataString(message));

        Assert.True(json.RootElement.GetProperty("crisis").GetBoolean());
        Assert.Contains("class=\"crisis-box\"", html);
        Assert.Contains("href=\"tel:12356\"", html);
        Assert.Contains("href=\"/articles/crisis-support\"", html);
    }
}
