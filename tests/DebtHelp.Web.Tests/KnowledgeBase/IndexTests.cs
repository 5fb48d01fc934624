using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Tests.KnowledgeBase;

public sealed class IndexTests : IDisposable
{
    private readonly string _workspace = TempFolder.Create();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TempFolder.TryDelete(_workspace);
    }

    private (ContentSet Content, KnowledgeBaseSnapshot Snapshot, string Path) BuildFixture()
    {
        var content = ContentLoader.Load(TestPaths.FixtureContent, new ContentOptions(), new DateOnly(2026, 11, 23));
        var path = Path.Combine(_workspace, IndexFile.FileNameFor(content.Hash));
        IndexFile.Write(SnapshotBuilder.Build(content, path));
        return (content, SnapshotLoader.Load(path, content.Hash, content.Synonyms), path);
    }

    [Fact]
    public void Stores_articles_topics_tags_and_sections_in_sqlite()
    {
        var (_, _, path) = BuildFixture();

        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Count(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }

        Assert.Equal(4, Count("SELECT COUNT(*) FROM articles"));
        Assert.Equal(5, Count("SELECT COUNT(*) FROM topics"));
        Assert.Equal(6, Count("SELECT COUNT(*) FROM article_topics"));
        Assert.True(Count("SELECT COUNT(*) FROM sections") >= 8);
        Assert.True(Count("SELECT COUNT(*) FROM related_links WHERE reason = 'explicit'") >= 1);
        Assert.Equal(4, Count("SELECT COUNT(*) FROM search_documents"));
    }

    [Fact]
    public void The_search_index_in_the_file_holds_every_term_of_every_article_with_its_fields()
    {
        var (content, snapshot, _) = BuildFixture();
        var index = snapshot.Search.Index;

        Assert.Equal(content.Articles.Count, index.ArticleCount);
        foreach (var article in content.Articles)
        {
            var id = snapshot.ById.Single(a => a.Value.Slug == article.Slug).Key;
            var terms = new Dictionary<string, long>(StringComparer.Ordinal);
            var length = DebtHelp.Web.Search.SearchIndex.Analyze(article, terms);
            Assert.Equal(length, index.Lengths[id]);
            foreach (var (term, counts) in terms)
            {
                var postings = index.Find(term);
                Assert.NotNull(postings);
                var at = Array.BinarySearch(postings.Docs, id);
                Assert.True(at >= 0, $"'{term}' of {article.Slug} is missing from the index");
                var titleCount = counts & 0xFFFF;
                Assert.Equal(titleCount > 0, postings.Masks[at].HasFlag(DebtHelp.Web.Search.SearchIndex.Field.Title));
            }
        }
    }

    [Theory]
    [InlineData("X'FF'")]
    [InlineData("X'0105'")]
    [InlineData("X''")]
    public void A_damaged_postings_row_makes_the_file_invalid_not_a_wrong_search(string blob)
    {
        var (content, _, path) = BuildFixture();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE search_postings SET postings = {blob} WHERE term = (SELECT term FROM search_postings ORDER BY term LIMIT 1)";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var ex = Assert.Throws<SnapshotLoader.InvalidIndexException>(() => SnapshotLoader.Load(path, content.Hash, content.Synonyms));
        Assert.Contains("postings", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_reads_the_same_question_shapes_and_titles_from_the_file_as_it_built()
    {
        var content = ContentLoader.Load(TestPaths.RealContent, new ContentOptions(), new DateOnly(2026, 12, 1));
        var path = Path.Combine(_workspace, IndexFile.FileNameFor(content.Hash));
        var built = SnapshotBuilder.Build(content, path);
        IndexFile.Write(built);
        var loaded = SnapshotLoader.Load(path, content.Hash, content.Synonyms).Search;

        Assert.Equal(built.Search.Shapes.ArticleIds, loaded.Shapes.ArticleIds);
        Assert.Equal(built.Search.Shapes.Sizes, loaded.Shapes.Sizes);
        Assert.Equal(
            built.Search.Shapes.Terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, string.Join(",", t.Value))),
            loaded.Shapes.Terms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, string.Join(",", t.Value))));
        Assert.Equal(
            built.Search.Questions.Select(q => (q.Article.Slug, q.Question, q.Normalized, string.Join(" ", q.Pairs))),
            loaded.Questions.Select(q => (q.Article.Slug, q.Question, q.Normalized, string.Join(" ", q.Pairs))));
        Assert.Equal(built.Search.NormalizedTitles.OrderBy(t => t.Key), loaded.NormalizedTitles.OrderBy(t => t.Key));
        Assert.True(loaded.Shapes.Count > content.Articles.Count);
    }

    [Theory]
    [InlineData("UPDATE search_shape_terms SET shapes = X'010203' WHERE term = (SELECT MIN(term) FROM search_shape_terms)")]
    [InlineData("UPDATE search_shape_terms SET shapes = X'FFFFFF7F' WHERE term = (SELECT MIN(term) FROM search_shape_terms)")]
    [InlineData("DELETE FROM search_questions WHERE ordinal = 0 AND article_id = (SELECT MIN(article_id) FROM search_questions)")]
    [InlineData("UPDATE search_shapes SET number = number + 1000 WHERE number = (SELECT MAX(number) FROM search_shapes)")]
    public void Damaged_question_shapes_make_the_file_invalid_not_a_wrong_search(string damage)
    {
        var (content, _, path) = BuildFixture();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = damage;
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        Assert.Throws<SnapshotLoader.InvalidIndexException>(() => SnapshotLoader.Load(path, content.Hash, content.Synonyms));
    }

    [Fact]
    public void Round_trips_every_article_through_the_index_file()
    {
        var (content, snapshot, _) = BuildFixture();

        foreach (var article in content.Articles)
        {
            var loaded = snapshot.BySlug[article.Slug];
            Assert.Equal(article.Title, loaded.Title);
            Assert.Equal("", loaded.Html);
            Assert.Equal(article.Html, IndexFile.ReadHtml(snapshot.IndexPath, snapshot.Search.IdsBySlug[article.Slug], article.Slug));
            Assert.Equal(article.Questions, loaded.Questions);
            Assert.Equal(article.Topics.Order(), loaded.Topics.Order());
            Assert.Equal(article.Sections, loaded.Sections);
        }
    }

    [Fact]
    public void Refuses_an_index_file_built_from_other_content()
    {
        var (content, _, path) = BuildFixture();

        var error = Assert.Throws<SnapshotLoader.InvalidIndexException>(() => SnapshotLoader.Load(path, "0000", content.Synonyms));
        Assert.Contains("other content", error.Message);
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("garbage")]
    [InlineData("truncated")]
    public void Refuses_a_broken_index_file_with_a_clear_reason(string damage)
    {
        var (content, _, path) = BuildFixture();
        SqliteConnection.ClearAllPools();
        switch (damage)
        {
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "garbage":
                File.WriteAllText(path, "this is not a database");
                break;
            default:
                using (var stream = new FileStream(path, FileMode.Open))
                {
                    stream.SetLength(stream.Length / 3);
                }

                break;
        }

        Assert.Throws<SnapshotLoader.InvalidIndexException>(() => SnapshotLoader.Load(path, content.Hash, content.Synonyms));
    }
}
