using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Tests.Feedback;

/// <summary>"Was this helpful?": one plain form post, counted once per article and answer, and nothing else kept.</summary>
public sealed class FeedbackTests
{
    /// <summary>
    /// The fixture site on real Kestrel (so requests carry a client address: the rate limit's key and the writers'
    /// view's access rule), with a given budget of answers per minute.
    /// </summary>
    private static SiteFactory FeedbackSite(int postsPerMinute = 1_000) => new SiteFactory()
        .With("Feedback:PostsPerMinute", postsPerMinute.ToString(CultureInfo.InvariantCulture))
        .With("Internal:AllowedNetworks:0", "127.0.0.1/32")
        .OnKestrel();

    private static string DatabasePath(SiteFactory site) => Path.Combine(site.IndexDirectory, "feedback.db");

    private static FormUrlEncodedContent Answer(string helpful, params (string Name, string Value)[] more) =>
        new([new("helpful", helpful), .. more.Select(m => new KeyValuePair<string, string>(m.Name, m.Value))]);

    [Fact]
    public async Task Every_article_ends_with_the_question_as_a_plain_form()
    {
        using var site = FeedbackSite();
        var client = await site.ReadyClientAsync();

        var html = await client.GetPageAsync("/articles/night-visits");

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
        using var site = FeedbackSite();
        var client = await site.ReadyClientAsync();

        using var response = await client.PostAsync("/articles/night-visits/feedback", Answer("yes"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/articles/night-visits#feedback-thanks", response.Headers.Location!.OriginalString);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(["feedback_counts: slug=night-visits | answer=helpful | count=1"], AllRows(site));
    }

    [Fact]
    public async Task Only_counts_are_stored_no_address_no_time_no_text()
    {
        using var site = FeedbackSite();
        var client = await site.ReadyClientAsync();

        await client.PostAsync("/articles/night-visits/feedback", Answer("no",
            ("missing", "steps"), ("missing", "law"), ("missing", "steps"), ("missing", "DROP TABLE x"), ("comment", "我叫张三，电话13800000000")));
        await client.PostAsync("/articles/night-visits/feedback", Answer("no", ("missing", "steps")));
        await client.PostAsync("/articles/door-now/feedback", Answer("yes", ("missing", "law")));

        Assert.Equal(
            [
                "feedback_counts: slug=door-now | answer=helpful | count=1",
                "feedback_counts: slug=night-visits | answer=missing:law | count=1",
                "feedback_counts: slug=night-visits | answer=missing:steps | count=2",
                "feedback_counts: slug=night-visits | answer=not-helpful | count=2",
            ],
            AllRows(site).Order(StringComparer.Ordinal));
        var bytes = await File.ReadAllBytesAsync(DatabasePath(site));
        var file = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("127.0.0.1", file);
        Assert.DoesNotContain("张三", file);
        Assert.DoesNotContain("13800000000", file);
        Assert.DoesNotContain("DROP", file);
        Assert.False(DatabasePath(site).StartsWith(site.ContentRoot, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/articles/no-such-article/feedback", "yes", HttpStatusCode.NotFound)]
    [InlineData("/articles/night-visits/feedback", "maybe", HttpStatusCode.BadRequest)]
    public async Task Unknown_articles_and_answers_are_refused_and_not_stored(string url, string helpful, HttpStatusCode expected)
    {
        using var site = FeedbackSite();
        var client = await site.ReadyClientAsync();

        using var response = await client.PostAsync(url, Answer(helpful));

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(AllRows(site));
    }

    [Fact]
    public async Task One_address_answering_too_often_is_stopped_and_not_counted()
    {
        using var site = FeedbackSite(postsPerMinute: 3);
        var client = await site.ReadyClientAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.PostAsync("/articles/night-visits/feedback", Answer("yes"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.SeeOther, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(["feedback_counts: slug=night-visits | answer=helpful | count=3"], AllRows(site));
    }

    [Fact]
    public async Task Under_the_traditional_prefixes_the_form_and_the_redirect_stay_in_that_script()
    {
        using var site = FeedbackSite();
        var client = await site.ReadyClientAsync();

        var html = await client.GetPageAsync("/zh-hk/articles/night-visits");
        using var response = await client.PostAsync("/zh-hk/articles/night-visits/feedback", Answer("yes"));

        Assert.Contains("action=\"/zh-hk/articles/night-visits/feedback\"", html);
        Assert.Contains("這篇文章對你有幫助嗎", html);
        Assert.Equal("/zh-hk/articles/night-visits#feedback-thanks", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Writers_see_the_counts_next_to_the_search_gaps_on_the_machine_itself()
    {
        using var site = FeedbackSite();
        var client = await site.ReadyClientAsync();
        await client.PostAsync("/articles/night-visits/feedback", Answer("no", ("missing", "my-case")));

        using var response = await client.GetAsync("/internal/feedback");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("night-visits", article.GetProperty("slug").GetString());
        Assert.Equal(1, article.GetProperty("notHelpful").GetInt64());
        Assert.Equal(1, article.GetProperty("missing").GetProperty("没讲到我的情况").GetInt64());
    }

    [Fact]
    public async Task The_about_page_says_what_is_counted()
    {
        using var site = FeedbackSite();
        var client = await site.ReadyClientAsync();

        var html = await client.GetPageAsync("/about");

        Assert.Contains("只按文章累计次数", html);
        Assert.Contains("不记录你是谁、你的网络地址、提交时间", html);
        Assert.Contains("只保存在你自己手机的浏览器里", html);
    }

    [Theory]
    [InlineData("/internal/feedback")]
    [InlineData("/zh-hant/internal/feedback")]
    [InlineData("/zh-hk/internal/feedback")]
    [InlineData("/zh-hk/internal/search-gaps")]
    [InlineData("/ZH-HK/metrics")]
    public async Task The_writers_views_are_not_answered_for_a_request_without_an_allowed_address_under_any_prefix(string path)
    {
        // The in-memory test server gives requests no client address, like a request that is not from this machine.
        using var factory = new SiteFactory();
        var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Every row of every table in the feedback file, read straight from SQLite.</summary>
    private static List<string> AllRows(SiteFactory site)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath(site), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i) + "=" + reader.GetValue(i))));
            }
        }

        return rows;
    }
}
