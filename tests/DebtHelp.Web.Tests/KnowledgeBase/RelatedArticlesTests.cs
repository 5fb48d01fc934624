using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;

namespace DebtHelp.Web.Tests.KnowledgeBase;

public sealed class RelatedArticlesTests
{
    private static ContentSet Content() => ContentLoader.Load(TestPaths.FixtureContent, new ContentOptions(), new DateOnly(2026, 11, 23));

    private static KnowledgeBaseSnapshot Snapshot()
    {
        var content = Content();
        return SnapshotBuilder.Build(content, IndexFile.FileNameFor(content.Hash));
    }

    [Fact]
    public void Puts_explicit_related_articles_first_and_never_the_article_itself()
    {
        var snapshot = Snapshot();

        Assert.Equal("door-now", snapshot.RelatedTo("night-visits")[0].Slug);
        foreach (var article in snapshot.Articles)
        {
            var related = snapshot.RelatedTo(article.Slug);
            Assert.DoesNotContain(related, r => r.Slug == article.Slug);
            Assert.InRange(related.Count, 0, RelatedLinkWeights.Default.MaxLinks);
            Assert.Equal(related.Count, related.Select(r => r.Slug).Distinct().Count());
        }
    }

    [Fact]
    public void Ranks_articles_sharing_topics_and_words_above_unrelated_ones()
    {
        var snapshot = Snapshot();

        var related = snapshot.RelatedTo("door-now").Select(a => a.Slug).ToList();
        Assert.Contains("night-visits", related);
        Assert.True(related.IndexOf("night-visits") < (related.Contains("negotiate") ? related.IndexOf("negotiate") : int.MaxValue));
    }

    [Fact]
    public void Never_gives_more_links_than_the_weights_allow()
    {
        var links = RelatedArticles.Compute(Content().Articles, RelatedLinkWeights.Default with { MaxLinks = 1 });

        Assert.All(links.Values, l => Assert.InRange(l.Count, 0, 1));
        Assert.Equal("door-now", links["night-visits"].Single().To);
    }

    [Fact]
    public void A_minimum_score_above_every_similarity_leaves_only_the_writers_links()
    {
        var links = RelatedArticles.Compute(Content().Articles, RelatedLinkWeights.Default with { MinScore = 10 });

        Assert.All(links.Values.SelectMany(l => l), l => Assert.Equal("explicit", l.Reason));
    }
}
