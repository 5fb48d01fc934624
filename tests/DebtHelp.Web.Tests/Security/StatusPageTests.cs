using System.Net;
using DebtHelp.Web.Chinese;
using Microsoft.AspNetCore.Mvc.Testing;
using Serilog.Events;

namespace DebtHelp.Web.Tests.Security;

/// <summary>Error pages are shown for real errors only; asking for one directly is just an unknown address.</summary>
public sealed class StatusPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/status/500")]
    [InlineData("/status/503")]
    [InlineData("/status/599")]
    [InlineData("/zh-hant/status/500")]
    [InlineData("/STATUS/502")]
    public async Task A_status_page_asked_for_directly_is_a_404_and_logs_no_error(string path)
    {
        var before = site.Logs.Events.Count;

        using var response = await site.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var notFound = path.StartsWith("/zh-hant", StringComparison.Ordinal) ? "找不到這個頁面" : "找不到这个页面";
        Assert.Contains(notFound, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(site.Logs.Events.Skip(before), e => e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task A_real_404_still_gets_the_chinese_404_page()
    {
        using var response = await site.Client.GetAsync("/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("找不到这个页面", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_503s_while_the_site_starts_are_not_logged_as_errors()
    {
        using var inner = new SiteFactory().StillLoading();
        var client = inner.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var path in new[] { "/healthz", "/articles/night-visits", "/" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        await Eventually.HoldsAsync(() => Task.FromResult(inner.Logs.Events.Count(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)) >= 2), "the request log lines");
        Assert.DoesNotContain(inner.Logs.Events, e => e.Level >= LogEventLevel.Error);
    }
}
