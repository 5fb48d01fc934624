using System.Text.Json;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>Reads a warm-start file back into a <see cref="KnowledgeBaseSnapshot"/> at start-up, checking it is whole and current.</summary>
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

        // The postings are most of the file: read them on a second connection while the articles are read here.
        var searchIndex = Task.Run(() =>
        {
            using var connection = new SqliteConnection(IndexFile.ConnectionString(path, readOnly: true));
            connection.Open();
            return SearchIndexFile.Load(connection);
        });
        try
        {
            using var db = new KnowledgeBaseDbContext(IndexFile.Options(IndexFile.ConnectionString(path, readOnly: true)));
            // One connection for the whole read (EF would otherwise open and close it per query).
            db.Database.OpenConnection();
            var meta = db.Meta.AsNoTracking().ToDictionary(m => m.Key, m => m.Value);
            if (meta.GetValueOrDefault("schema") != IndexFile.SchemaVersion)
            {
                throw new InvalidIndexException($"the index file has schema {meta.GetValueOrDefault("schema") ?? "none"}, expected {IndexFile.SchemaVersion}");
            }

            if (meta.GetValueOrDefault("content_hash") != expectedHash)
            {
                throw new InvalidIndexException("the index file was built from other content");
            }

            var topics = db.Topics.AsNoTracking().OrderBy(t => t.SortOrder)
                .AsEnumerable().Select(t => new Topic(t.Slug, t.Name, t.Description, t.SortOrder)).ToList();
            var tags = db.ArticleTopics.AsNoTracking().AsEnumerable()
                .GroupBy(t => t.ArticleId).ToDictionary(g => g.Key, g => g.Select(t => t.TopicSlug).ToList());
            var sectionsByArticle = db.Sections.AsNoTracking().OrderBy(s => s.ArticleId).ThenBy(s => s.Ordinal).AsEnumerable()
                .GroupBy(s => s.ArticleId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<ArticleSection>)g.Select(s => new ArticleSection(s.Anchor, s.Heading, s.Level, s.Text)).ToList());
            var topicOrder = topics.ToDictionary(t => t.Slug, t => t.Order);

            var byId = new Dictionary<int, Article>();
            foreach (var row in db.Articles.AsNoTracking().OrderBy(a => a.Id))
            {
                byId[row.Id] = new Article
                {
                    Slug = row.Slug,
                    Title = row.Title,
                    Summary = row.Summary,
                    Topics = tags.GetValueOrDefault(row.Id, []).OrderBy(t => topicOrder.GetValueOrDefault(t, int.MaxValue)).ToList(),
                    Questions = List(row.QuestionsJson),
                    Related = List(row.ExplicitRelatedJson),
                    Updated = row.Updated,
                    Reviewed = row.Reviewed,
                    Sources = List(row.SourcesJson),
                    Html = row.Html,
                    Sections = sectionsByArticle.GetValueOrDefault(row.Id, []),
                    SourceFile = row.SourceFile,
                    LinksTo = List(row.LinksToJson),
                    Order = row.SortOrder,
                    Aliases = List(row.AliasesJson),
                };
            }

            var links = db.RelatedLinks.AsNoTracking().OrderBy(r => r.FromArticleId).ThenBy(r => r.Rank).AsEnumerable()
                .Where(r => byId.ContainsKey(r.FromArticleId) && byId.ContainsKey(r.ToArticleId))
                .GroupBy(r => r.FromArticleId)
                .ToDictionary(
                    g => byId[g.Key].Slug,
                    g => (IReadOnlyList<RelatedArticles.Link>)g.Select(r => new RelatedArticles.Link(byId[r.ToArticleId].Slug, r.Score, r.Reason)).ToList(),
                    StringComparer.Ordinal);
            var problems = db.Problems.AsNoTracking().OrderBy(p => p.Id).AsEnumerable()
                .Select(p => new ContentProblem(p.File, p.Line, Enum.Parse<ProblemSeverity>(p.Severity), p.Message)).ToList();

            return SnapshotBuilder.Assemble(path, expectedHash, topics, byId, links, problems, searchIndex.GetAwaiter().GetResult(), synonyms);
        }
        catch (Exception ex) when (ex is not InvalidIndexException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new InvalidIndexException($"the index file cannot be read ({ex.Message})", ex);
        }
        finally
        {
            // Never leave the second reader running on a file the caller may delete next.
            try
            {
                searchIndex.Wait();
            }
            catch (AggregateException)
            {
                // Reported above when it mattered; a failed meta check throws before the postings are used.
            }
        }
    }

    private static List<string> List(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
