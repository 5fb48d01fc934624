using System.Net;
using System.Text;

namespace DebtHelp.Web.Tests.Security;

/// <summary>The letter form enforces its own limits on the server: field lengths, body size, posts per minute.</summary>
public sealed class LetterLimitTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>("Form." + f.Name, f.Value)));

    [Fact]
    public async Task A_field_over_its_limit_is_cut_with_a_clear_message_and_the_form_shows_the_cut_value()
    {
        using var response = await site.Client.PostAsync("/letters", Form(("Name", new string('名', 150)), ("Lender", "某某公司")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(new string('名', 101), html);
        Assert.Contains("超过了长度限制", html);
        Assert.Contains("你的姓名：最多 100 个字，你填了 150 个字", html);
    }

    [Fact]
    public async Task A_form_within_its_limits_gets_no_message()
    {
        using var response = await site.Client.PostAsync("/letters", Form(("Name", "王五"), ("WhatHappened", new string('事', 3000))));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("超过了长度限制", html);
        Assert.Contains(new string('事', 3000), html);
    }

    [Fact]
    public async Task A_four_megabyte_field_is_refused_with_413_and_never_echoed()
    {
        using var response = await site.Client.PostAsync("/letters", new StringContent(
            "Form.WhatHappened=" + new string('a', 4_000_000), Encoding.ASCII, "application/x-www-form-urlencoded"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(body.Length < 20_000, $"{body.Length} characters came back");
        Assert.Contains("太长", body);
    }

    [Theory]
    [InlineData("", "/letters")]
    [InlineData("/zh-hk", "/zh-hk/letters")]
    public async Task The_413_page_links_back_to_the_letter_page_in_the_readers_script(string prefix, string letters)
    {
        using var response = await site.Client.PostAsync(prefix + "/letters", new StringContent(
            "Form.WhatHappened=" + new string('a', 200_000), Encoding.ASCII, "application/x-www-form-urlencoded"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains($"<a href=\"{letters}\">", body);
    }

    [Fact]
    public async Task A_24_megabyte_multipart_post_is_refused_with_413()
    {
        using var content = new MultipartFormDataContent();
        for (var i = 0; i < 12; i++)
        {
            content.Add(new StringContent(new string('b', 2_000_000)), "Form.WhatHappened");
        }

        using var response = await site.Client.PostAsync("/letters", content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(body.Length < 20_000, $"{body.Length} characters came back");
    }

    [Fact]
    public async Task A_body_without_a_length_is_cut_off_at_the_same_limit()
    {
        var chunked = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes("Form.Reason=" + new string('c', 1_000_000))));
        chunked.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/letters") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;

        using var response = await site.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(body.Length < 20_000, $"{body.Length} characters came back");
    }

    [Fact]
    public async Task Letter_posts_are_rate_limited_per_client_and_reading_the_form_is_not()
    {
        using var limited = new SiteFactory().With("RateLimiting:LetterPostsPerMinute", "3");
        var client = await limited.ReadyClientAsync();

        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.PostAsync("/letters", Form(("Name", "王五")));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await client.PostAsync("/letters", Form(("Name", "王五")));
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.DoesNotContain("搜索太频繁", html);
        Assert.Contains("生成信件太频繁", html);
        Assert.DoesNotContain("王五", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/letters")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=" + Uri.EscapeDataString("催收"))).StatusCode);
    }
}
