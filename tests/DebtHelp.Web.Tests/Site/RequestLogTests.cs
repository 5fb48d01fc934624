using DebtHelp.Web.Tests.Support;

namespace DebtHelp.Web.Tests.Site;

/// <summary>The shipped request log: a line for what needs a look, none for a reader's quick successful page.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task By_default_a_page_that_loads_writes_no_request_line_and_a_missing_page_writes_one()
    {
        // The shipped default (the test host turns every-request lines on for the other tests).
        using var factory = new SiteFactory().With("RequestLog:EveryRequest", null);
        using var client = await factory.ReadyClientAsync();

        using (var page = await client.GetAsync(new Uri("/articles/night-visits", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        }

        using (var missing = await client.GetAsync(new Uri("/articles/no-such-article", UriKind.Relative)))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        }

        // Request lines are written after the response goes out.
        await Eventually.HoldsAsync(() => Task.FromResult(factory.Logs.AllText.Contains("\"/articles/no-such-article\" responded 404", StringComparison.Ordinal)), "the 404's request line");
        Assert.DoesNotContain("\"/articles/night-visits\" responded", factory.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_request_gets_a_line_when_the_operator_asks_for_it()
    {
        using var factory = new SiteFactory();
        using var client = await factory.ReadyClientAsync();

        using var page = await client.GetAsync(new Uri("/articles/night-visits", UriKind.Relative));

        await Eventually.HoldsAsync(() => Task.FromResult(factory.Logs.AllText.Contains("\"/articles/night-visits\" responded 200", StringComparison.Ordinal)), "the page's request line");
    }
}
