using DebtHelp.Web.Articles;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>
/// The rendered body of an article for its page. A snapshot read from the index file keeps no HTML in memory (at
/// 10,000 articles it was a sixth of the heap): it is read from that file here, once per rendering, and article
/// pages are output-cached. A file without a readable row (deleted, damaged) does not fail the page: the body is
/// rendered from the article's own file and the index file is rebuilt.
/// </summary>
public sealed class ArticleBodies(KnowledgeBaseService service, ILogger<ArticleBodies> logger)
{
    /// <summary>The body HTML of <paramref name="article"/> in <paramref name="snapshot"/>; null when neither the index nor the article's file can be read.</summary>
    public string? HtmlOf(KnowledgeBaseSnapshot snapshot, Article article)
    {
        if (!snapshot.HtmlInFile)
        {
            return article.Html;
        }

        string reason;
        try
        {
            if (snapshot.Search.IdsBySlug.TryGetValue(article.Slug, out var id) && IndexFile.ReadHtml(snapshot.IndexPath, id, article.Slug) is { } html)
            {
                return html;
            }

            reason = "no row for the article";
        }
        catch (SqliteException ex)
        {
            reason = ex.Message;
        }

        logger.LogWarning("The index file {IndexPath} has no readable body for {Slug} ({Reason}); rendering it from {SourceFile} and rebuilding the index file",
            snapshot.IndexPath, article.Slug, reason, article.SourceFile);
        service.Repair(snapshot);
        return FromSource(snapshot, article);
    }

    private string? FromSource(KnowledgeBaseSnapshot snapshot, Article article)
    {
        try
        {
            var markdown = File.ReadAllText(Path.Combine(service.ContentRoot, article.SourceFile));
            var topics = snapshot.Topics.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
            var parsed = ArticleParser.Parse(article.SourceFile, markdown.TrimStart('\uFEFF'), topics).Article;
            return parsed?.Slug == article.Slug ? parsed.Html : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogError("Cannot render {Slug} from {SourceFile} either ({Reason})", article.Slug, article.SourceFile, ex.Message);
            return null;
        }
    }
}
