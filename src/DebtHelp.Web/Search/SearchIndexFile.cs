using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Search;

/// <summary>
/// The search index's tables in the warm-start file: one row per term, one per article, and what search derives from
/// titles and listed questions (<see cref="SearchData.Derived"/>): one row per question, per shape and per shape term.
/// </summary>
public static class SearchIndexFile
{
    public const string Schema = """
        CREATE TABLE search_postings (term TEXT NOT NULL PRIMARY KEY, postings BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE search_documents (article_id INTEGER NOT NULL PRIMARY KEY, length INTEGER NOT NULL, title TEXT NOT NULL);
        CREATE TABLE search_questions (article_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, normalized TEXT NOT NULL, terms TEXT NOT NULL,
            PRIMARY KEY (article_id, ordinal)) WITHOUT ROWID;
        CREATE TABLE search_shapes (number INTEGER NOT NULL PRIMARY KEY, article_id INTEGER NOT NULL, size INTEGER NOT NULL);
        CREATE TABLE search_shape_terms (term TEXT NOT NULL PRIMARY KEY, shapes BLOB NOT NULL) WITHOUT ROWID;
        """;

    /// <summary>Writes the search index and <see cref="SearchData.Stored"/> of <paramref name="data"/> into an open index file.</summary>
    public static void Write(SqliteConnection connection, SearchData data)
    {
        var index = data.Index;
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO search_documents(article_id, length, title) VALUES ($id, $length, $title)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var length = insert.Parameters.Add("$length", SqliteType.Integer);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            insert.Prepare();
            foreach (var row in index.Documents)
            {
                id.Value = row.Id;
                length.Value = row.Length;
                title.Value = data.Stored.NormalizedTitles.GetValueOrDefault(row.Id, "");
                insert.ExecuteNonQuery();
            }
        }

        WriteDerived(connection, data.Stored);

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

    private static void WriteDerived(SqliteConnection connection, SearchData.Derived derived)
    {
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO search_questions(article_id, ordinal, normalized, terms) VALUES ($id, $ordinal, $normalized, $terms)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var ordinal = insert.Parameters.Add("$ordinal", SqliteType.Integer);
            var normalized = insert.Parameters.Add("$normalized", SqliteType.Text);
            var terms = insert.Parameters.Add("$terms", SqliteType.Text);
            insert.Prepare();
            foreach (var (article, questions) in derived.Questions.OrderBy(q => q.Key))
            {
                for (var k = 0; k < questions.Length; k++)
                {
                    id.Value = article;
                    ordinal.Value = k;
                    normalized.Value = questions[k].Normalized;
                    // Terms are runs of letters, digits or CJK ideographs: none holds a space.
                    terms.Value = string.Join(' ', questions[k].Pairs);
                    insert.ExecuteNonQuery();
                }
            }
        }

        var shapes = derived.Shapes;
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO search_shapes(number, article_id, size) VALUES ($number, $id, $size)";
            var number = insert.Parameters.Add("$number", SqliteType.Integer);
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var size = insert.Parameters.Add("$size", SqliteType.Integer);
            insert.Prepare();
            for (var s = 0; s < shapes.Count; s++)
            {
                number.Value = s;
                id.Value = shapes.ArticleIds[s];
                size.Value = shapes.Sizes[s];
                insert.ExecuteNonQuery();
            }
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO search_shape_terms(term, shapes) VALUES ($term, $shapes)";
            var term = insert.Parameters.Add("$term", SqliteType.Text);
            var blob = insert.Parameters.Add("$shapes", SqliteType.Blob);
            insert.Prepare();
            foreach (var (text, holding) in shapes.Terms.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                term.Value = text;
                // Shape numbers as 32-bit little-endian integers (the byte order of every platform .NET runs the site on).
                blob.Value = MemoryMarshal.AsBytes(holding.AsSpan()).ToArray();
                insert.ExecuteNonQuery();
            }
        }
    }

    /// <summary>Reads back what <see cref="WriteDerived"/> stored.</summary>
    /// <exception cref="InvalidDataException">A row is damaged.</exception>
    public static SearchData.Derived LoadDerived(SqliteConnection connection)
    {
        var titles = new Dictionary<int, string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT article_id, title FROM search_documents";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                titles[reader.GetInt32(0)] = reader.GetString(1);
            }
        }

        var questions = new Dictionary<int, List<(string Normalized, string[] Pairs)>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT article_id, ordinal, normalized, terms FROM search_questions ORDER BY article_id, ordinal";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt32(0);
                if (!questions.TryGetValue(id, out var list))
                {
                    questions[id] = list = [];
                }

                if (reader.GetInt32(1) != list.Count)
                {
                    throw new InvalidDataException($"the stored questions of article {id} are out of order");
                }

                list.Add((reader.GetString(2), reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        var articleIds = new List<int>();
        var sizes = new List<int>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT number, article_id, size FROM search_shapes ORDER BY number";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.GetInt32(0) != articleIds.Count || !titles.ContainsKey(reader.GetInt32(1)))
                {
                    throw new InvalidDataException($"shape {reader.GetInt32(0)} is damaged");
                }

                articleIds.Add(reader.GetInt32(1));
                sizes.Add(reader.GetInt32(2));
            }
        }

        var byTerm = new List<KeyValuePair<string, int[]>>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT term, shapes FROM search_shape_terms";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var term = reader.GetString(0);
                var bytes = reader.GetFieldValue<byte[]>(1);
                if (bytes.Length == 0 || bytes.Length % sizeof(int) != 0)
                {
                    throw new InvalidDataException($"the shapes of '{term}' are damaged");
                }

                var holding = MemoryMarshal.Cast<byte, int>(bytes).ToArray();
                foreach (var s in holding)
                {
                    if ((uint)s >= (uint)articleIds.Count)
                    {
                        throw new InvalidDataException($"the shapes of '{term}' are damaged");
                    }
                }

                byTerm.Add(KeyValuePair.Create(term, holding));
            }
        }

        return new SearchData.Derived(
            questions.ToDictionary(q => q.Key, q => q.Value.ToArray()),
            new SearchData.ShapeIndex([.. articleIds], [.. sizes], byTerm.ToFrozenDictionary(StringComparer.Ordinal)),
            titles);
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
