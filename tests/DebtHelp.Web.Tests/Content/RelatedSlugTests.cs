using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Tests.Content;

/// <summary>
/// A missing related slug is only a warning on the live site (the link is dropped, the article stays), so the
/// guard on the real content/ checks it here: every slug under 'related:' names an article.
/// </summary>
public sealed class RelatedSlugTests
{
    [Fact]
    public void Every_related_slug_in_the_real_content_names_an_article()
    {
        var content = ContentLoader.Load(TestPaths.RealContent, new ContentOptions(), DateOnly.FromDateTime(DateTime.Today));

        var missing = content.Problems.Where(p => p.Message.StartsWith("related article", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "content/ lists related articles that do not exist:\n" + string.Join("\n", missing));
    }
}
