using System.Net;
using System.Text.Json;
using DebtHelp.Web.Chinese;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DebtHelp.Web.Tests.Site;

/// <summary>
/// The 503 shown while the site loads its index and the 429 for too many searches: polite, with a next step, and in
/// the reader's script (traditional under /zh-hant, simplified otherwise).
/// </summary>
public sealed class NoticePageTests
{
    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A page written entirely in traditional characters is left as it is by the conversion.</summary>
    private static void AssertAllTraditional(string html) => Assert.Equal(ChineseScript.Taiwan.Convert(html), html);

    [Fact]
    public async Task While_the_index_loads_pages_answer_503_in_simplified_characters_with_retry_after_and_a_way_back()
    {
        using var site = new SiteFactory().StillLoading();
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var (response, html) = await GetAsync(client, "/articles/night-visits?from=home");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("<title>正在准备 - 催收应对知识库</title>", html);
        Assert.Contains("请稍等几秒钟", html);
        Assert.Contains("很抱歉让你久等", html);
        Assert.Contains("<a href=\"\">重新打开这一页</a>", html);
        Assert.Contains("<a class=\"tel\" href=\"tel:110\">", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/css/site.css\">", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("from=home", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Theory]
    [InlineData("/zh-hant/articles/night-visits")]
    [InlineData("/zh-hant/")]
    [InlineData("/zh-hant/search?q=催收")]
    public async Task While_the_index_loads_pages_under_the_prefix_answer_503_in_traditional_characters(string url)
    {
        using var site = new SiteFactory().StillLoading();
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var (response, html) = await GetAsync(client, url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("<html lang=\"zh-Hant-TW\">", html);
        Assert.Contains(ChineseScript.Taiwan.Convert("<title>正在准备 - 催收应对知识库</title>"), html);
        Assert.Contains(ChineseScript.Taiwan.Convert("很抱歉让你久等"), html);
        Assert.DoesNotContain("正在准备", html);
        Assert.Contains("<a class=\"tel\" href=\"tel:110\">", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/css/site.css\">", html);
        AssertAllTraditional(html);
    }

    /// <summary>Where a browser goes from each link of a notice: the page's own links under the prefix, the stylesheet not.</summary>
    private static void AssertLinksKeepThePrefix(string html, string address, string prefix)
    {
        var links = PageLinks.On(html, address).Where(l => l.IsOnTestHost).ToList();
        Assert.Contains(links, l => l.Target.AbsolutePath == "/css/site.css");
        Assert.All(links.Where(l => l.Element == "a"), l => Assert.StartsWith(prefix + "/", l.Target.AbsolutePath));
    }

    [Theory]
    [InlineData("/zh-hant", "/articles/night-visits")]
    [InlineData("/zh-hk", "/articles/night-visits")]
    [InlineData("/zh-hk", "/")]
    public async Task While_the_index_loads_the_notice_under_a_prefix_links_only_under_that_prefix(string prefix, string page)
    {
        using var site = new SiteFactory().StillLoading();
        var client = site.CreateClient();

        var (response, html) = await GetAsync(client, prefix + page);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        AssertLinksKeepThePrefix(html, prefix + page, prefix);
    }

    [Fact]
    public async Task Too_many_searches_under_the_hong_kong_prefix_link_back_under_it()
    {
        using var site = new SiteFactory().RateLimited(1);
        var client = await site.ReadyClientAsync();
        await client.GetAsync("/zh-hk/search?q=" + Uri.EscapeDataString("催收"));
        var address = "/zh-hk/search?q=" + Uri.EscapeDataString("上門");

        var (response, html) = await GetAsync(client, address);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Contains("<html lang=\"zh-Hant-HK\">", html);
        Assert.Contains("<a href=\"/zh-hk/articles/collector-at-door-now\">", html);
        AssertLinksKeepThePrefix(html, address, "/zh-hk");
    }

    [Fact]
    public async Task Too_many_searches_get_a_polite_429_in_simplified_characters_that_says_how_long_to_wait()
    {
        using var site = new SiteFactory().RateLimited(1);
        var client = await site.ReadyClientAsync();
        await client.GetAsync("/search?q=" + Uri.EscapeDataString("催收"));

        var (response, html) = await GetAsync(client, "/search?q=" + Uri.EscapeDataString("上门"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = response.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.NotNull(seconds);
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("搜索太频繁", html);
        Assert.Contains("给你添麻烦了", html);
        Assert.Contains($"请等 {seconds} 秒左右再试", html);
        Assert.Contains("<a href=\"/\">", html);
        Assert.Contains("<a href=\"/articles/collector-at-door-now\">", html);
        Assert.Contains("<a href=\"\">稍后重新搜索</a>", html);
        Assert.Contains("<a class=\"tel\" href=\"tel:110\">", html);
        Assert.DoesNotContain("上门", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/night-visits")).StatusCode);
    }

    [Fact]
    public async Task Too_many_searches_under_the_prefix_get_the_429_in_traditional_characters_with_links_kept_under_it()
    {
        using var site = new SiteFactory().RateLimited(1);
        var client = await site.ReadyClientAsync();
        await client.GetAsync("/zh-hant/search?q=" + Uri.EscapeDataString("催收"));

        var (response, html) = await GetAsync(client, "/zh-hant/search?q=" + Uri.EscapeDataString("上門"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = response.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.NotNull(seconds);
        Assert.Contains("<html lang=\"zh-Hant-TW\">", html);
        Assert.Contains(ChineseScript.Taiwan.Convert("搜索太频繁"), html);
        Assert.Contains(ChineseScript.Taiwan.Convert($"请等 {seconds} 秒左右再试"), html);
        Assert.DoesNotContain("搜索太频繁", html);
        Assert.Contains("<a href=\"/zh-hant/\">", html);
        Assert.Contains("<a href=\"/zh-hant/articles/collector-at-door-now\">", html);
        Assert.Contains("<a class=\"tel\" href=\"tel:110\">", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/css/site.css\">", html);
        AssertAllTraditional(html);
    }

    [Theory]
    [InlineData("/api/search?q=", false)]
    [InlineData("/zh-hant/api/search?q=", true)]
    public async Task The_search_api_says_the_same_in_json_in_the_readers_script(string url, bool traditional)
    {
        using var site = new SiteFactory().RateLimited(1);
        var client = await site.ReadyClientAsync();
        await client.GetAsync(url + Uri.EscapeDataString("催收"));

        var (response, body) = await GetAsync(client, url + Uri.EscapeDataString("上门"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        using var json = JsonDocument.Parse(body);
        var error = json.RootElement.GetProperty("error").GetString()!;
        var expected = $"请等 {response.Headers.RetryAfter!.Delta!.Value.TotalSeconds} 秒左右再试";
        if (traditional)
        {
            Assert.Contains(ChineseScript.Taiwan.Convert(expected), error);
            Assert.DoesNotContain("搜索太频繁", error);
            Assert.Equal(ChineseScript.Taiwan.Convert(error), error);
        }
        else
        {
            Assert.Contains(expected, error);
            Assert.Contains("搜索太频繁", error);
        }
    }
}
