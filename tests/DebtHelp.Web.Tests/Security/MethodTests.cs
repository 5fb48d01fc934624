using System.Net;
using Serilog.Events;

namespace DebtHelp.Web.Tests.Security;

/// <summary>Methods the site does not serve get a cheap 405 with Allow, never a page run without its handler.</summary>
public sealed class MethodTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public static TheoryData<string, string> UnknownMethods => new()
    {
        { "TRACE", "/articles/night-visits" },
        { "TRACE", "/articles/does-not-exist" },
        { "TRACE", "/topics/evidence" },
        { "TRACE", "/zh-hant/articles/night-visits" },
        { "TRACE", "/" },
        { "TRACE", "/letters" },
        { "PUT", "/letters" },
        { "DELETE", "/articles/night-visits" },
        { "PATCH", "/search?q=x" },
        { "PROPFIND", "/" },
        { "FOO", "/api/search?q=x" },
        { "POST", "/articles/night-visits" },
        { "POST", "/healthz" },
    };

    [Theory]
    [MemberData(nameof(UnknownMethods))]
    public async Task An_unknown_method_gets_405_with_Allow_and_logs_nothing_alarming(string method, string path)
    {
        var before = site.Logs.Events.Count;

        using var response = await site.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var allow = response.Content.Headers.Allow;
        Assert.Contains("GET", allow);
        Assert.Contains("HEAD", allow);
        Assert.True(response.Content.Headers.ContentLength is null or < 200, "the 405 is a short answer, not a page");
        var logged = site.Logs.Events.Skip(before).ToList();
        Assert.DoesNotContain(logged, e => e.Level >= LogEventLevel.Warning);
        Assert.True(logged.Count <= 1, $"{logged.Count} log events for one {method}: " + string.Join(" | ", logged.Select(e => e.RenderMessage())));
    }

    [Fact]
    public async Task Post_is_allowed_on_the_letters_page_and_its_Allow_header_says_so()
    {
        using var response = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/zh-hant/letters"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/night-visits")]
    [InlineData("/letters")]
    public async Task Options_on_a_page_answers_204_with_Allow_not_a_bare_200(string path)
    {
        using var response = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, path));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }
}
