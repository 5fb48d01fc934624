using System.Net;

namespace DebtHelp.Web.Tests.Security;

/// <summary>Retry-After says when the client's window really ends, not always the whole minute.</summary>
public sealed class RetryAfterTests
{
    [Fact]
    public async Task Retry_after_counts_down_to_the_end_of_the_window_and_the_client_is_let_in_then()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        using var site = new SiteFactory().RateLimited(2).UsingClock(clock);
        var client = await site.ReadyClientAsync();
        async Task<HttpResponseMessage> SearchAsync() => await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("催收"));

        (await SearchAsync()).Dispose();
        (await SearchAsync()).Dispose();
        using (var first = await SearchAsync())
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
            Assert.Equal(60, first.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
            Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        }

        clock.Advance(TimeSpan.FromSeconds(45));
        using (var later = await SearchAsync())
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, later.StatusCode);
            Assert.Equal(15, later.Headers.RetryAfter!.Delta!.Value.TotalSeconds);
            Assert.Contains("请等 15 秒左右再试", await later.Content.ReadAsStringAsync());
        }

        clock.Advance(TimeSpan.FromSeconds(15.5));
        using var again = await SearchAsync();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
