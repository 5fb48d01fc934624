using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Search;

/// <summary>The search index's two tables in the warm-start file: one row per term, one per article.</summary>
public static class SearchIndexFile
{
    public const string Schema = """
        CREATE TABLE search_postings (term TEXT NOT NULL PRIMARY KEY, postings BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE search_documents (article_id INTEGER NOT NULL PRIMARY KEY, length INTEGER NOT NULL);
        """;

    /// <summary>Writes <paramref name="index"/> into an open index file.</summary>
    public static void Write(SqliteConnection connection, SearchIndex index)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO search_documents(article_id, length) VALUES ($id, $length)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var length = insert.Parameters.Add("$length", SqliteType.Integer);
            insert.Prepare();
            foreach (var row in index.Documents)
            {
                id.Value = row.Id;
                length.Value = row.Length;
                insert.ExecuteNonQuery();
            }
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO search_postings(term, postings) VALUES ($term, $postings)";
            var term = insert.Parameters.Add("$term", SqliteType.Text);
            var blob = insert.Parameters.Add("$postings", SqliteType.Blob);
            insert.Prepare();
            // In key order: appending to the table's b-tree, not inserting at random (10x faster on a large index).
            foreach (var (text, postings) in index.Terms.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                term.Value = text;
                blob.Value = PostingsCodec.Encode(postings);
                insert.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Reads the whole search index back from an index file.</summary>
    /// <exception cref="InvalidDataException">A postings row is damaged.</exception>
    public static SearchIndex Load(SqliteConnection connection)
    {
        var documents = new List<(int Id, int Length)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT article_id, length FROM search_documents ORDER BY article_id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                documents.Add((reader.GetInt32(0), reader.GetInt32(1)));
            }
        }

        var idLimit = SearchIndex.IdLimitFor(documents);
        var postings = new List<KeyValuePair<string, SearchIndex.Postings>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT term, postings FROM search_postings";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var term = reader.GetString(0);
                postings.Add(KeyValuePair.Create(term, PostingsCodec.Decode(reader.GetFieldValue<byte[]>(1), idLimit, term)));
            }
        }

        return SearchIndex.FromParts(documents, postings);
    }
}
