using System.Net;
using System.Text.Json;

namespace DebtHelp.Web.Tests.Feedback;

/// <summary>"Was this helpful?": one plain form post, counted once per article and answer, and nothing else kept.</summary>
public sealed class FeedbackTests
{
    private static FormUrlEncodedContent Answer(string helpful, params (string Name, string Value)[] more) =>
        new([new("helpful", helpful), .. more.Select(m => new KeyValuePair<string, string>(m.Name, m.Value))]);

    [Fact]
    public async Task Every_article_ends_with_the_question_as_a_plain_form()
    {
        using var site = new FeedbackSite();

        var html = await site.Client.GetStringAsync("/articles/night-visits");

        Assert.Contains("<form class=\"feedback no-print\" method=\"post\" action=\"/articles/night-visits/feedback\"", html);
        Assert.Contains("name=\"helpful\" value=\"yes\">有帮助</button>", html);
        Assert.Contains("name=\"helpful\" value=\"no\">没有帮助</button>", html);
        Assert.Contains("name=\"missing\" value=\"steps\"", html);
        Assert.Contains("id=\"feedback-thanks\"", html);
        Assert.DoesNotContain("<script", html[html.IndexOf("class=\"feedback", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_is_counted_once_and_the_reader_is_sent_back_to_the_article_thank_you_note()
    {
        using var site = new FeedbackSite();

        using var response = await site.Client.PostAsync("/articles/night-visits/feedback", Answer("yes"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/articles/night-visits#feedback-thanks", response.Headers.Location!.OriginalString);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(["feedback_counts: slug=night-visits | answer=helpful | count=1"], site.AllRows());
    }

    [Fact]
    public async Task Only_counts_are_stored_no_address_no_time_no_text()
    {
        using var site = new FeedbackSite();

        await site.Client.PostAsync("/articles/night-visits/feedback", Answer("no",
            ("missing", "steps"), ("missing", "law"), ("missing", "steps"), ("missing", "DROP TABLE x"), ("comment", "我叫张三，电话13800000000")));
        await site.Client.PostAsync("/articles/night-visits/feedback", Answer("no", ("missing", "steps")));
        await site.Client.PostAsync("/articles/door-now/feedback", Answer("yes", ("missing", "law")));

        Assert.Equal(
            [
                "feedback_counts: slug=door-now | answer=helpful | count=1",
                "feedback_counts: slug=night-visits | answer=missing:law | count=1",
                "feedback_counts: slug=night-visits | answer=missing:steps | count=2",
                "feedback_counts: slug=night-visits | answer=not-helpful | count=2",
            ],
            site.AllRows().Order(StringComparer.Ordinal));
        var bytes = await File.ReadAllBytesAsync(site.DatabasePath);
        var file = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("127.0.0.1", file);
        Assert.DoesNotContain("张三", file);
        Assert.DoesNotContain("13800000000", file);
        Assert.DoesNotContain("DROP", file);
        Assert.False(site.DatabasePath.StartsWith(site.ContentRoot, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/articles/no-such-article/feedback", "yes", HttpStatusCode.NotFound)]
    [InlineData("/articles/night-visits/feedback", "maybe", HttpStatusCode.BadRequest)]
    public async Task Unknown_articles_and_answers_are_refused_and_not_stored(string url, string helpful, HttpStatusCode expected)
    {
        using var site = new FeedbackSite();

        using var response = await site.Client.PostAsync(url, Answer(helpful));

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(site.AllRows());
    }

    [Fact]
    public async Task One_address_answering_too_often_is_stopped_and_not_counted()
    {
        using var site = new FeedbackSite(postsPerMinute: 3);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await site.Client.PostAsync("/articles/night-visits/feedback", Answer("yes"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(["feedback_counts: slug=night-visits | answer=helpful | count=3"], site.AllRows());
    }

    [Fact]
    public async Task Under_the_traditional_prefixes_the_form_and_the_redirect_stay_in_that_script()
    {
        using var site = new FeedbackSite();

        var html = await site.Client.GetStringAsync("/zh-hk/articles/night-visits");
        using var response = await site.Client.PostAsync("/zh-hk/articles/night-visits/feedback", Answer("yes"));

        Assert.Contains("action=\"/zh-hk/articles/night-visits/feedback\"", html);
        Assert.Contains("這篇文章對你有幫助嗎", html);
        Assert.Equal("/zh-hk/articles/night-visits#feedback-thanks", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Writers_see_the_counts_next_to_the_search_gaps_on_the_machine_itself()
    {
        using var site = new FeedbackSite();
        await site.Client.PostAsync("/articles/night-visits/feedback", Answer("no", ("missing", "my-case")));

        using var response = await site.Client.GetAsync("/internal/feedback");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("night-visits", article.GetProperty("slug").GetString());
        Assert.Equal(1, article.GetProperty("notHelpful").GetInt64());
        Assert.Equal(1, article.GetProperty("missing").GetProperty("没讲到我的情况").GetInt64());
    }

    [Fact]
    public async Task The_writers_view_is_not_answered_for_a_request_without_a_loopback_address()
    {
        // The in-memory test server gives requests no client address, like a request that is not from this machine.
        using var factory = new SiteFactory();
        var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync("/internal/feedback");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
