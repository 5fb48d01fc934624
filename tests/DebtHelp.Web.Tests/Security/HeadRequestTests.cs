using System.Net;

namespace DebtHelp.Web.Tests.Security;

/// <summary>HEAD on real Kestrel (the test server does not drop a HEAD response's body the way Kestrel does).</summary>
public sealed class HeadRequestTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Fact]
    public async Task Head_on_the_search_api_answers_like_get_without_a_body()
    {
        using var response = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/search?q=" + Uri.EscapeDataString("催收")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }
}
