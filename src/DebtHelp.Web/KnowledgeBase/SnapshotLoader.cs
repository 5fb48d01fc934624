using System.Text.Json;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>
/// Reads a warm-start file back into a <see cref="KnowledgeBaseSnapshot"/> at start-up, checking it is whole and
/// current. Plain <see cref="SqliteDataReader"/>s, not EF Core: the start-up path is hot (EF's model and query
/// compilation alone took about 0.3 s of a warm start). The article bodies' HTML stays in the file
/// (<see cref="ArticleBodies"/> reads it when a page is rendered): at 10,000 articles it was a sixth of the heap.
/// </summary>
public static class SnapshotLoader
{
    public sealed class InvalidIndexException(string message, Exception? inner = null) : Exception(message, inner);

    public static KnowledgeBaseSnapshot Load(string path, string expectedHash, SynonymTable synonyms)
    {
        if (!File.Exists(path))
        {
            throw new InvalidIndexException("the index file does not exist");
        }

        if (new FileInfo(path).Length == 0)
        {
            throw new InvalidIndexException("the index file is empty");
        }

        // The postings are most of the file, and search's derived data (question shapes) the next part: read them on
        // their own connections while the articles are read here.
        var searchIndex = Task.Run(() =>
        {
            using var connection = new SqliteConnection(IndexFile.ConnectionString(path, readOnly: true));
            connection.Open();
            return SearchIndexFile.Load(connection);
        });
        var derived = Task.Run(() =>
        {
            using var connection = new SqliteConnection(IndexFile.ConnectionString(path, readOnly: true));
            connection.Open();
            return SearchIndexFile.LoadDerived(connection);
        });
        try
        {
            using var connection = new SqliteConnection(IndexFile.ConnectionString(path, readOnly: true));
            connection.Open();
            var meta = Rows(connection, "SELECT Key, Value FROM meta", r => (Key: r.GetString(0), Value: r.GetString(1)))
                .ToDictionary(m => m.Key, m => m.Value);
            if (meta.GetValueOrDefault("schema") != IndexFile.SchemaVersion)
            {
                throw new InvalidIndexException($"the index file has schema {meta.GetValueOrDefault("schema") ?? "none"}, expected {IndexFile.SchemaVersion}");
            }

            if (meta.GetValueOrDefault("content_hash") != expectedHash)
            {
                throw new InvalidIndexException("the index file was built from other content");
            }

            var topics = Rows(connection, "SELECT Slug, Name, Description, SortOrder FROM topics ORDER BY SortOrder",
                r => new Topic(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)));
            var tags = Rows(connection, "SELECT ArticleId, TopicSlug FROM article_topics", r => (ArticleId: r.GetInt32(0), Topic: r.GetString(1)))
                .GroupBy(t => t.ArticleId).ToDictionary(g => g.Key, g => g.Select(t => t.Topic).ToList());
            var sectionsByArticle = Rows(connection, "SELECT ArticleId, Anchor, Heading, Level, Text FROM sections ORDER BY ArticleId, Ordinal",
                    r => (ArticleId: r.GetInt32(0), Section: new ArticleSection(r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4))))
                .GroupBy(s => s.ArticleId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<ArticleSection>)g.Select(s => s.Section).ToList());
            var topicOrder = topics.ToDictionary(t => t.Slug, t => t.Order);

            var byId = new Dictionary<int, Article>();
            const string Articles = """
                SELECT Id, Slug, Title, Summary, SourceFile, Updated, Reviewed, QuestionsJson, SourcesJson, ExplicitRelatedJson,
                       LinksToJson, SortOrder, AliasesJson
                FROM articles ORDER BY Id
                """;
            foreach (var (id, article) in Rows(connection, Articles, r => (Id: r.GetInt32(0), Article: new Article
            {
                Slug = r.GetString(1),
                Title = r.GetString(2),
                Summary = r.GetString(3),
                Topics = tags.GetValueOrDefault(r.GetInt32(0), []).OrderBy(t => topicOrder.GetValueOrDefault(t, int.MaxValue)).ToList(),
                Questions = List(r.GetString(7)),
                Related = List(r.GetString(9)),
                Updated = r.GetFieldValue<DateOnly>(5),
                Reviewed = r.GetFieldValue<DateOnly>(6),
                Sources = List(r.GetString(8)),
                Html = "",
                Sections = sectionsByArticle.GetValueOrDefault(r.GetInt32(0), []),
                SourceFile = r.GetString(4),
                LinksTo = List(r.GetString(10)),
                Order = r.GetInt32(11),
                Aliases = List(r.GetString(12)),
            })))
            {
                byId[id] = article;
            }

            var links = Rows(connection, "SELECT FromArticleId, ToArticleId, Score, Reason FROM related_links ORDER BY FromArticleId, Rank",
                    r => (From: r.GetInt32(0), To: r.GetInt32(1), Score: r.GetDouble(2), Reason: r.GetString(3)))
                .Where(r => byId.ContainsKey(r.From) && byId.ContainsKey(r.To))
                .GroupBy(r => r.From)
                .ToDictionary(
                    g => byId[g.Key].Slug,
                    g => (IReadOnlyList<RelatedArticles.Link>)g.Select(r => new RelatedArticles.Link(byId[r.To].Slug, r.Score, r.Reason)).ToList(),
                    StringComparer.Ordinal);
            var problems = Rows(connection, "SELECT File, Line, Severity, Message FROM problems ORDER BY Id",
                r => new ContentProblem(r.GetString(0), r.GetInt32(1), Enum.Parse<ProblemSeverity>(r.GetString(2)), r.GetString(3)));

            return SnapshotBuilder.Assemble(path, expectedHash, topics, byId, links, problems, searchIndex.GetAwaiter().GetResult(), synonyms, derived.GetAwaiter().GetResult(), htmlInFile: true);
        }
        catch (Exception ex) when (ex is not InvalidIndexException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new InvalidIndexException($"the index file cannot be read ({ex.Message})", ex);
        }
        finally
        {
            // Never leave the other readers running on a file the caller may delete next.
            try
            {
                Task.WaitAll(searchIndex, derived);
            }
            catch (AggregateException)
            {
                // Reported above when it mattered; a failed meta check throws before the postings are used.
            }
        }
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static List<string> List(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
