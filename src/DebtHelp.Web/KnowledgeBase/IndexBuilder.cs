using System.Text.Json;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>Writes a complete index file for one <see cref="ContentSet"/>. The file appears whole or not at all.</summary>
public static class IndexBuilder
{
    /// <summary>Bumped when the layout of the index changes, so old files are rebuilt.</summary>
    public const string SchemaVersion = "9";

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

    /// <summary>Builds the index for <paramref name="content"/> at <paramref name="finalPath"/> via a temporary file.</summary>
    public static void Build(ContentSet content, string finalPath)
    {
        var directory = Path.GetDirectoryName(finalPath)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(finalPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Write(content, temp);
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

    private static void Write(ContentSet content, string path)
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
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Database.EnsureCreated();
        using var transaction = db.Database.BeginTransaction();

        var ids = content.Articles.Select((a, i) => (a.Slug, Id: i + 1)).ToDictionary(x => x.Slug, x => x.Id, StringComparer.Ordinal);
        db.Topics.AddRange(content.Topics.Select(t => new TopicRow { Slug = t.Slug, Name = t.Name, Description = t.Description, SortOrder = t.Order }));
        var sectionId = 0;
        var sections = new List<SectionRow>();
        foreach (var article in content.Articles)
        {
            var id = ids[article.Slug];
            db.Articles.Add(new ArticleRow
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
            db.ArticleTopics.AddRange(article.Topics.Select(t => new ArticleTopicRow { ArticleId = id, TopicSlug = t }));
            for (var i = 0; i < article.Sections.Count; i++)
            {
                var s = article.Sections[i];
                sections.Add(new SectionRow { Id = ++sectionId, ArticleId = id, Ordinal = i, Anchor = s.Id, Heading = s.Heading, Level = s.Level, Text = s.Text });
            }
        }

        db.Sections.AddRange(sections);
        foreach (var (from, links) in RelatedArticles.Compute(content.Articles))
        {
            db.RelatedLinks.AddRange(links.Select((l, rank) => new RelatedLinkRow
            {
                FromArticleId = ids[from],
                ToArticleId = ids[l.To],
                Rank = rank,
                Score = l.Score,
                Reason = l.Reason,
            }));
        }

        db.Problems.AddRange(content.Problems.Select(p => new ProblemRow { File = p.File, Line = p.Line, Severity = p.Severity.ToString(), Message = p.Message }));
        db.Meta.AddRange(
            new MetaRow { Key = "content_hash", Value = content.Hash },
            new MetaRow { Key = "schema", Value = SchemaVersion },
            new MetaRow { Key = "built_at", Value = DateTimeOffset.UtcNow.ToString("O") },
            new MetaRow { Key = "article_count", Value = content.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        db.SaveChanges();

        SearchIndex.Write(connection, content.Articles.Select(a => (ids[a.Slug], a)));
        transaction.Commit();

        using var optimize = connection.CreateCommand();
        optimize.CommandText = "PRAGMA optimize;";
        optimize.ExecuteNonQuery();
    }
}
