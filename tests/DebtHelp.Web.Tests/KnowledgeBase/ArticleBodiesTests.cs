using System.Net;
using DebtHelp.Web.KnowledgeBase;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Tests.KnowledgeBase;

/// <summary>
/// A warm start keeps the articles' HTML in the index file, not in memory: pages read it from there, a reload still
/// serves new HTML, and a file that lost an article's row serves the page anyway and is rebuilt.
/// </summary>
public sealed class ArticleBodiesTests
{
    private static readonly string[] Slugs = ["night-visits", "door-now", "negotiate", "verify-identity"];

    [Fact]
    public async Task A_warm_start_renders_every_article_body_exactly_as_the_build_did()
    {
        using var first = new SiteFactory();
        await first.ReadyClientAsync();
        var built = first.Holder.Current!;
        Assert.False(built.HtmlInFile);

        using var second = SiteFactory.Restart(first.ContentRoot, first.IndexDirectory);
        var client = await second.ReadyClientAsync();
        var warm = second.Holder.Current!;
        Assert.True(warm.HtmlInFile, "the second start reuses the index file");
        Assert.Equal(built.IndexPath, warm.IndexPath);
        foreach (var slug in Slugs)
        {
            Assert.Equal("", warm.BySlug[slug].Html);
            var page = await client.GetPageAsync("/articles/" + slug);
            Assert.Contains(built.BySlug[slug].Html, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_edit_after_a_warm_start_serves_the_new_html()
    {
        using var first = new SiteFactory();
        await first.ReadyClientAsync();
        using var second = SiteFactory.Restart(first.ContentRoot, first.IndexDirectory).Watching();
        var client = await second.ReadyClientAsync();
        Assert.True(second.Holder.Current!.HtmlInFile);
        Assert.DoesNotContain("新加的一段话", await client.GetPageAsync("/articles/night-visits"), StringComparison.Ordinal);

        var file = Path.Combine(first.ContentRoot, "articles", "night-visits.md");
        await File.AppendAllTextAsync(file, "\n\n新加的一段话，编辑后马上能看到。\n");
        await second.Holder.SwapAsync(s => s.BySlug["night-visits"].Sections.Any(x => x.Text.Contains("新加的一段话", StringComparison.Ordinal)), "the edit");

        Assert.Contains("新加的一段话", await client.GetPageAsync("/articles/night-visits"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("row deleted")]
    [InlineData("file deleted")]
    public async Task An_index_file_that_lost_an_article_after_a_warm_start_still_serves_it_and_is_rebuilt(string damage)
    {
        using var first = new SiteFactory();
        await first.ReadyClientAsync();
        var expected = first.Holder.Current!.BySlug["night-visits"].Html;
        using var second = SiteFactory.Restart(first.ContentRoot, first.IndexDirectory);
        var client = await second.ReadyClientAsync();
        var warm = second.Holder.Current!;
        Assert.True(warm.HtmlInFile);

        SqliteConnection.ClearAllPools();
        if (damage == "file deleted")
        {
            File.Delete(warm.IndexPath);
        }
        else
        {
            using var connection = new SqliteConnection($"Data Source={warm.IndexPath};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM articles WHERE Slug = 'night-visits'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using var response = await client.GetAsync("/articles/night-visits");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("has no readable body for \"night-visits\"", second.Logs.AllText, StringComparison.Ordinal);

        // Rebuilt from content in the background, under the same name, whole again.
        var rebuilt = await second.Holder.SwapAsync(s => s != warm, "the rebuild of the damaged index file");
        Assert.Equal(warm.IndexPath, rebuilt.IndexPath);
        Assert.Equal(expected, IndexFile.ReadHtml(rebuilt.IndexPath, rebuilt.Search.IdsBySlug["night-visits"], "night-visits"));
    }
}
