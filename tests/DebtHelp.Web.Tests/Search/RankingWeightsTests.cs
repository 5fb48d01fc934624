using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.Tests.Search;

/// <summary>The ranking's numbers are one record: the defaults are what the evaluation measured, and a change is felt.</summary>
public sealed class RankingWeightsTests
{
    private static readonly KnowledgeBaseSnapshot Snapshot = Build();

    private static KnowledgeBaseSnapshot Build()
    {
        var content = ContentLoader.Load(TestPaths.FixtureContent, new ContentOptions(), new DateOnly(2026, 11, 23));
        return SnapshotBuilder.Build(content, IndexFile.FileNameFor(content.Hash));
    }

    [Fact]
    public void The_default_search_uses_the_default_weights()
    {
        var byDefault = SearchEngine.Search(Snapshot.Search, "催收人员凌晨上门怎么办");
        var explicitly = SearchEngine.Search(Snapshot.Search, "催收人员凌晨上门怎么办", SearchEngine.DefaultLimit, RankingWeights.Default);

        Assert.Equal(byDefault.Hits.Select(h => (h.Article.Slug, h.Score)), explicitly.Hits.Select(h => (h.Article.Slug, h.Score)));
    }

    [Fact]
    public void Changing_a_share_changes_the_scores()
    {
        var weights = RankingWeights.Default with { FieldsShare = 0.2, SimilarityShare = 0.2 };
        var changed = SearchEngine.Search(Snapshot.Search, "催收人员凌晨上门怎么办", SearchEngine.DefaultLimit, weights);
        var byDefault = SearchEngine.Search(Snapshot.Search, "催收人员凌晨上门怎么办");

        Assert.NotEqual(byDefault.Hits.Select(h => h.Score), changed.Hits.Select(h => h.Score));
    }
}
