using System.Net;
using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Tests.Reader;

/// <summary>
/// The writers' order (front matter <c>order:</c>) and renamed articles' old addresses (front matter <c>aliases:</c>),
/// on a private copy of the fixture content.
/// </summary>
public sealed class OrderAndAliasTests : IDisposable
{
    private readonly string _root = TempFolder.Create();

    public OrderAndAliasTests() => TempFolder.CopyDirectory(TestPaths.FixtureContent, _root);

    public void Dispose() => TempFolder.TryDelete(_root);

    private ContentSet Load() => ContentLoader.Load(_root, new ContentOptions(), new DateOnly(2026, 11, 23));

    private void AddFrontMatter(string slug, string lines)
    {
        var path = Path.Combine(_root, "articles", slug + ".md");
        var text = File.ReadAllText(path);
        // After the title line, so the line numbers of the new fields are known: title is line 2.
        var at = text.IndexOf('\n', text.IndexOf("title:", StringComparison.Ordinal)) + 1;
        File.WriteAllText(path, text[..at] + lines + "\n" + text[at..]);
    }

    [Fact]
    public void Order_is_read_from_front_matter_and_defaults_after_every_numbered_article()
    {
        AddFrontMatter("night-visits", "order: 5");

        var content = Load();

        Assert.False(content.HasErrors, string.Join("\n", content.Problems));
        Assert.Equal(5, content.Articles.Single(a => a.Slug == "night-visits").Order);
        Assert.Equal(ArticleOrder.Default, content.Articles.Single(a => a.Slug == "door-now").Order);
        Assert.Equal(["night-visits", "door-now", "negotiate", "verify-identity"], content.Articles.InReadingOrder().Select(a => a.Slug));
    }

    [Fact]
    public void An_order_that_is_not_a_whole_number_is_reported_at_its_line()
    {
        AddFrontMatter("negotiate", "order: first");

        var content = Load();

        var problem = Assert.Single(content.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("articles/negotiate.md:3: error: 'order: first' is not a whole number from 1 to 9999; lower numbers are listed first (the most urgent article gets the lowest).", problem.ToString());
        Assert.Contains(content.Articles, a => a.Slug == "negotiate");
    }

    [Fact]
    public void An_alias_that_is_an_existing_slug_is_reported_at_its_line_and_dropped()
    {
        AddFrontMatter("negotiate", "aliases:\n  - old-negotiate\n  - door-now");

        var content = Load();

        var problem = Assert.Single(content.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.StartsWith("articles/negotiate.md:5: error: alias 'door-now' is the slug of an existing article", problem.ToString());
        Assert.Equal(["old-negotiate"], content.Articles.Single(a => a.Slug == "negotiate").Aliases);
    }

    [Fact]
    public void An_alias_claimed_by_two_articles_is_reported_on_the_second_at_its_line()
    {
        AddFrontMatter("negotiate", "aliases: [old-name]");
        AddFrontMatter("verify-identity", "aliases:\n  - old-name");

        var content = Load();

        var problem = Assert.Single(content.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("articles/verify-identity.md:4: error: alias 'old-name' is already an alias of articles/negotiate.md; an old address can lead to one article only, so remove it from one of them.", problem.ToString());
        Assert.Equal(["old-name"], content.Articles.Single(a => a.Slug == "negotiate").Aliases);
        Assert.Empty(content.Articles.Single(a => a.Slug == "verify-identity").Aliases);
    }

    [Fact]
    public void A_malformed_alias_is_reported()
    {
        AddFrontMatter("negotiate", "aliases: [Old_Name, negotiate]");

        var problems = Load().Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.ToString()).ToList();

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("articles/negotiate.md:3: error: alias 'Old_Name' is not a slug", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("articles/negotiate.md:3: error: alias 'negotiate' is this article's own slug", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_old_address_answers_301_to_the_renamed_article_also_in_traditional_characters()
    {
        using var site = new SiteFactory();
        var path = Path.Combine(site.ContentRoot, "articles", "negotiate.md");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("topics: [negotiation]", "topics: [negotiation]\naliases: [how-to-negotiate]", StringComparison.Ordinal));
        using var client = await site.ReadyClientAsync();

        using var moved = await client.GetAsync(new Uri("/articles/how-to-negotiate", UriKind.Relative));
        using var movedTraditional = await client.GetAsync(new Uri("/zh-hant/articles/how-to-negotiate", UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/articles/never-existed", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/articles/negotiate", moved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, movedTraditional.StatusCode);
        Assert.Equal("/zh-hant/articles/negotiate", movedTraditional.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Topic_pages_list_articles_in_the_writers_order()
    {
        using var site = new SiteFactory();
        // door-now and night-visits share home-visit-legality; by slug door-now would come first.
        var path = Path.Combine(site.ContentRoot, "articles", "night-visits.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("topics: [home-visit-legality, complaints]", "topics: [home-visit-legality, complaints]\norder: 1", StringComparison.Ordinal));
        using var client = await site.ReadyClientAsync();

        var html = await client.GetPageAsync("/topics/home-visit-legality");

        Assert.True(html.IndexOf("/articles/night-visits", StringComparison.Ordinal) < html.IndexOf("/articles/door-now", StringComparison.Ordinal), html);
    }
}
