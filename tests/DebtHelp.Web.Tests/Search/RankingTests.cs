using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;
using DebtHelp.Web.Site;

namespace DebtHelp.Web.Tests.Search;

/// <summary>Ranking on the small fixture knowledge base, where the right answer is unambiguous.</summary>
public sealed class RankingTests : IDisposable
{
    private readonly string _folder = TempFolder.Create();
    private readonly KnowledgeBaseSnapshot _snapshot;

    public RankingTests()
    {
        var content = ContentLoader.Load(TestPaths.FixtureContent, new ContentOptions(), new DateOnly(2026, 11, 23));
        _snapshot = SnapshotBuilder.Build(content, Path.Combine(_folder, IndexFile.FileNameFor(content.Hash)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempFolder.TryDelete(_folder);
    }

    private List<string> Slugs(string query) => SearchEngine.Search(_snapshot.Search, query).Hits.Select(h => h.Article.Slug).ToList();

    [Fact]
    public void Ranks_a_title_match_above_a_passing_mention_in_the_body()
    {
        // "凌晨" and "催收人员" appear in the body of 'negotiate', but the night-visit article is about them.
        Assert.Equal("night-visits", Slugs("催收人员凌晨上门怎么办")[0]);
    }

    [Fact]
    public void Reads_a_pinyin_slip_as_the_word_it_sounds_like()
    {
        // "报井" (bào jǐng) is in no article; "报警" sounds the same and is in two. Without it, nothing matches.
        var outcome = SearchEngine.Search(_snapshot.Search, "报井");

        Assert.Equal(["door-now", "night-visits"], outcome.Hits.Select(h => h.Article.Slug).Order(StringComparer.Ordinal));
        Assert.Contains("<mark>报警</mark>", string.Concat(outcome.Hits.Select(h => h.SnippetHtml)), StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_a_pair_that_an_article_contains_as_typed()
    {
        // "门口" is in the index, so its homophones are never consulted.
        Assert.Equal("door-now", Slugs("门口")[0]);
    }

    [Fact]
    public void Finds_a_simplified_article_from_a_traditional_question() =>
        Assert.Equal("night-visits", Slugs("催收人員深夜上門怎麼辦")[0]);

    [Fact]
    public void Finds_an_article_through_a_synonym_it_never_uses() =>
        Assert.Equal("night-visits", Slugs("半夜家访")[0]);

    [Fact]
    public void Understands_a_common_typo() =>
        Assert.Contains("night-visits", Slugs("崔收深夜上门").Take(2));

    [Fact]
    public void Points_the_hit_at_the_matching_section_and_marks_the_matched_words()
    {
        var hit = SearchEngine.Search(_snapshot.Search, "通过官方渠道核实欠款").Hits[0];

        Assert.Equal("verify-identity", hit.Article.Slug);
        Assert.Equal("/articles/verify-identity#" + Uri.EscapeDataString("通过官方渠道核实"), SiteLinks.Article(hit.Article.Slug, hit.Anchor));
        Assert.Contains("<mark>", hit.SnippetHtml);
        Assert.Contains("官方", hit.SnippetText);
    }

    [Fact]
    public void Escapes_article_text_in_snippets()
    {
        var hit = SearchEngine.Search(_snapshot.Search, "锁好门 录像 alert").Hits.First(h => h.Article.Slug == "door-now");

        Assert.DoesNotContain("<script>", hit.SnippetHtml);
    }

    [Fact]
    public void Finds_nothing_for_unrelated_words_and_suggests_close_questions()
    {
        var outcome = SearchEngine.Search(_snapshot.Search, "火星天气预报");
        Assert.Empty(outcome.Hits);

        var suggestions = Suggestions.For(_snapshot.Search, "催收堵着门口", RankingWeights.Default);
        Assert.Contains(suggestions, s => s.Article.Slug == "door-now");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("？？？")]
    [InlineData("😀😀😀")]
    public void Empty_or_meaningless_questions_give_an_empty_result(string query) =>
        Assert.Empty(SearchEngine.Search(_snapshot.Search, query).Hits);
}
