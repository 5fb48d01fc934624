using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;

namespace DebtHelp.Web.Tests.Site;

public sealed class CachingAndLimitsTests
{
    [Fact]
    public async Task Pages_carry_an_etag_and_answer_304_when_nothing_changed()
    {
        using var site = new SiteFactory();
        var client = await site.ReadyClientAsync();

        using var first = await client.GetAsync("/articles/night-visits");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString());

        using var second = await client.GetWithHeadersAsync("/articles/night-visits", ("If-None-Match", etag.ToString()));

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_etag_changes_when_the_content_changes()
    {
        using var site = new SiteFactory().Watching();
        var client = await site.ReadyClientAsync();
        var before = (await client.GetAsync("/")).Headers.ETag!;

        var file = Path.Combine(site.ContentRoot, "articles", "negotiate.md");
        await File.AppendAllTextAsync(file, "\n新增一段。\n");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        EntityTagHeaderValue? after = before;
        while (DateTime.UtcNow < deadline && Equals(after, before))
        {
            await Task.Delay(100);
            after = (await client.GetAsync("/")).Headers.ETag;
        }

        Assert.NotEqual(before, after);
        Assert.Contains("新增一段", await client.GetPageAsync("/articles/negotiate"));
    }

    [Fact]
    public async Task Responses_are_compressed_when_the_browser_accepts_it()
    {
        using var site = new SiteFactory();
        var client = await site.ReadyClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles/night-visits");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Too_many_searches_get_429_with_retry_after_while_pages_stay_up()
    {
        using var site = new SiteFactory().RateLimited(5);
        var client = await site.ReadyClientAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await client.GetAsync($"/search?q=催收{i}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.Contains("搜索太频繁", await response.Content.ReadAsStringAsync());
            }
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/search?q=催收")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/night-visits")).StatusCode);
    }
}
