using System.Net;

namespace DebtHelp.Web.Tests.Security;

/// <summary>Found by the hostile-input corpus: a slug of only white space binds as null and used to throw (500).</summary>
public sealed class BlankSlugTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/articles/%20")]
    [InlineData("/articles/%0D%0A")]
    [InlineData("/articles/%09%09")]
    [InlineData("/zh-hant/articles/%E3%80%80")]
    [InlineData("/topics/%20")]
    public async Task A_blank_slug_is_a_404(string path)
    {
        using var response = await site.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
