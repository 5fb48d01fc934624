using System.Text.Json;
using DebtHelp.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>
/// The warm-start file: a snapshot stored so the next start can reuse it (<see cref="SnapshotLoader"/> reads it).
/// It appears whole or not at all. The running site never reads back a snapshot it has just written; a snapshot read
/// from the file reads its articles' HTML from it when a page is rendered (<see cref="ReadHtml"/>).
/// </summary>
public static class IndexFile
{
    /// <summary>Bumped when the layout of the index or the stored article HTML changes (12: search's question shapes are stored), so old files are rebuilt.</summary>
    public const string SchemaVersion = "12";

    public static string FileNameFor(string contentHash) => $"kb-{contentHash}.db";

    public static DbContextOptions<KnowledgeBaseDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<KnowledgeBaseDbContext>().UseSqlite(connectionString).Options;

    public static string ConnectionString(string path, bool readOnly) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        // The file is read once into memory at load; a pooled connection would only hold it open afterwards.
        Pooling = false,
        Cache = SqliteCacheMode.Private,
        // A locked or broken file should fail a load quickly, not hold it for 30 s.
        DefaultTimeout = 2,
    }.ToString();

    /// <summary>
    /// The body HTML of one article, read from the index file (<see cref="ArticleBodies"/>); null when the file has
    /// no such row. The connection is opened for this read only: a file the folder's clean-up deletes later is not held open.
    /// </summary>
    /// <exception cref="SqliteException">The file is missing or unreadable.</exception>
    public static string? ReadHtml(string path, int articleId, string slug)
    {
        using var connection = new SqliteConnection(ConnectionString(path, readOnly: true));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Html FROM articles WHERE Id = $id AND Slug = $slug";
        command.Parameters.AddWithValue("$id", articleId);
        command.Parameters.AddWithValue("$slug", slug);
        return command.ExecuteScalar() as string;
    }

    /// <summary>Writes <paramref name="snapshot"/> to its <see cref="KnowledgeBaseSnapshot.IndexPath"/> via a temporary file.</summary>
    public static void Write(KnowledgeBaseSnapshot snapshot)
    {
        var finalPath = snapshot.IndexPath;
        var directory = Path.GetDirectoryName(finalPath)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(finalPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            WriteFile(snapshot, temp);
            File.Move(temp, finalPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static void WriteFile(KnowledgeBaseSnapshot snapshot, string path)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // A crash mid-build leaves only a temp file that is thrown away, so durability here buys nothing.
            pragma.CommandText = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;";
            pragma.ExecuteNonQuery();
        }

        using var db = new KnowledgeBaseDbContext(new DbContextOptionsBuilder<KnowledgeBaseDbContext>().UseSqlite(connection).Options);
        db.Database.EnsureCreated();
        using var transaction = db.Database.BeginTransaction();

        var ids = snapshot.ById.ToDictionary(a => a.Value.Slug, a => a.Key, StringComparer.Ordinal);
        using (var topics = new RowInserter<TopicRow>(db, connection))
        {
            topics.AddRange(snapshot.Topics.Select(t => new TopicRow { Slug = t.Slug, Name = t.Name, Description = t.Description, SortOrder = t.Order }));
        }

        using (var articles = new RowInserter<ArticleRow>(db, connection))
        using (var tags = new RowInserter<ArticleTopicRow>(db, connection))
        using (var sections = new RowInserter<SectionRow>(db, connection))
        {
            var sectionId = 0;
            foreach (var (id, article) in snapshot.ById.OrderBy(a => a.Key))
            {
                articles.Add(new ArticleRow
                {
                    Id = id,
                    Slug = article.Slug,
                    Title = article.Title,
                    Summary = article.Summary,
                    Html = article.Html,
                    SourceFile = article.SourceFile,
                    Updated = article.Updated,
                    Reviewed = article.Reviewed,
                    QuestionsJson = JsonSerializer.Serialize(article.Questions),
                    SourcesJson = JsonSerializer.Serialize(article.Sources),
                    ExplicitRelatedJson = JsonSerializer.Serialize(article.Related),
                    LinksToJson = JsonSerializer.Serialize(article.LinksTo),
                    SortOrder = article.Order,
                    AliasesJson = JsonSerializer.Serialize(article.Aliases),
                });
                tags.AddRange(article.Topics.Select(t => new ArticleTopicRow { ArticleId = id, TopicSlug = t }));
                sections.AddRange(article.Sections.Select((s, i) =>
                    new SectionRow { Id = ++sectionId, ArticleId = id, Ordinal = i, Anchor = s.Id, Heading = s.Heading, Level = s.Level, Text = s.Text }));
            }
        }

        using (var related = new RowInserter<RelatedLinkRow>(db, connection))
        {
            foreach (var (from, links) in snapshot.RelatedLinks)
            {
                related.AddRange(links.Select((l, rank) => new RelatedLinkRow
                {
                    FromArticleId = ids[from],
                    ToArticleId = ids[l.To],
                    Rank = rank,
                    Score = l.Score,
                    Reason = l.Reason,
                }));
            }
        }

        using (var problems = new RowInserter<ProblemRow>(db, connection))
        {
            problems.AddRange(snapshot.Problems.Select(p => new ProblemRow { File = p.File, Line = p.Line, Severity = p.Severity.ToString(), Message = p.Message }));
        }

        using (var meta = new RowInserter<MetaRow>(db, connection))
        {
            meta.AddRange([
                new MetaRow { Key = "content_hash", Value = snapshot.ContentHash },
                new MetaRow { Key = "schema", Value = SchemaVersion },
                new MetaRow { Key = "built_at", Value = DateTimeOffset.UtcNow.ToString("O") },
                new MetaRow { Key = "article_count", Value = snapshot.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ]);
        }

        SearchIndexFile.Write(connection, snapshot.Search);
        transaction.Commit();

        using var optimize = connection.CreateCommand();
        optimize.CommandText = "PRAGMA optimize;";
        optimize.ExecuteNonQuery();
    }
}
