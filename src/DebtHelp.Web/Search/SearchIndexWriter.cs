using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Search;

/// <summary>
/// Fills the two FTS5 tables inside the index file. Text is stored pre-split into normalised terms
/// (Chinese character pairs, whole ASCII words), because FTS5's own tokenizers cannot split Chinese.
/// </summary>
public static class SearchIndexWriter
{
    public const string Schema = """
        CREATE VIRTUAL TABLE article_fts USING fts5(title, questions, summary, body, tokenize = 'unicode61 remove_diacritics 0');
        """;

    public static void Write(SqliteConnection connection, IReadOnlyList<Article> articles, IReadOnlyDictionary<string, int> ids, IReadOnlyList<SectionRow> sections)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO article_fts(rowid, title, questions, summary, body) VALUES ($id, $title, $questions, $summary, $body)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var questions = insert.Parameters.Add("$questions", SqliteType.Text);
            var summary = insert.Parameters.Add("$summary", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            insert.Prepare();
            foreach (var article in articles)
            {
                id.Value = ids[article.Slug];
                title.Value = ChineseTokenizer.ToIndexText(article.Title);
                // A separator term between questions keeps pairs from spanning two questions.
                questions.Value = string.Join(" , ", article.Questions.Select(ChineseTokenizer.ToIndexText));
                summary.Value = ChineseTokenizer.ToIndexText(article.Summary);
                body.Value = string.Join(" , ", article.Sections.Select(s => ChineseTokenizer.ToIndexText(s.Heading + " " + s.Text)));
                insert.ExecuteNonQuery();
            }
        }
    }
}
