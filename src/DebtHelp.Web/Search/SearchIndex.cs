using System.Collections.Frozen;
using DebtHelp.Web.Articles;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Search;

/// <summary>
/// The search index: for every term (Chinese character pair or ASCII word) the articles that hold it, in
/// which fields and how often. It is written into the SQLite index file as one row per term
/// (<c>search_postings</c>) and read back whole into compact arrays at start, so a search touches no disk
/// and allocates almost nothing. Immutable once built; shared by every request of a snapshot.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>The fields of an article, as bits of a posting's mask.</summary>
    [Flags]
    public enum Field : byte
    {
        None = 0,
        Title = 1,
        Questions = 2,

        /// <summary>Summary and section headings.</summary>
        Lead = 4,
        Body = 8,
    }

    /// <summary>BM25 field weights (title, questions, lead, body): a term in a title counts as ten in the body.</summary>
    private static readonly int[] FieldWeights = [10, 8, 4, 1];

    public const string Schema = """
        CREATE TABLE search_postings (term TEXT NOT NULL PRIMARY KEY, postings BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE search_documents (article_id INTEGER NOT NULL PRIMARY KEY, length INTEGER NOT NULL);
        """;

    /// <summary>The articles holding one term, by ascending article id.</summary>
    /// <param name="Docs">Article ids.</param>
    /// <param name="Masks">The fields holding the term, per article.</param>
    /// <param name="Weighted">Field-weighted term frequency, per article (BM25's f(q, D)).</param>
    public sealed record Postings(int[] Docs, Field[] Masks, ushort[] Weighted)
    {
        public int Count => Docs.Length;
    }

    private readonly FrozenDictionary<string, Postings> _postings;

    private SearchIndex(FrozenDictionary<string, Postings> postings, int[] lengths, int articleCount)
    {
        _postings = postings;
        Lengths = lengths;
        ArticleCount = articleCount;
        long total = 0;
        foreach (var length in lengths)
        {
            total += length;
        }

        AverageLength = articleCount > 0 ? Math.Max(1.0, (double)total / articleCount) : 1.0;
    }

    /// <summary>Token count per article id (0 where no article has that id).</summary>
    public int[] Lengths { get; }

    /// <summary>One more than the highest article id: the size of per-article scratch arrays.</summary>
    public int IdLimit => Lengths.Length;

    public int ArticleCount { get; }

    public double AverageLength { get; }

    public int TermCount => _postings.Count;

    public Postings? Find(string term) => _postings.GetValueOrDefault(term);

    public int DocumentFrequency(string term) => _postings.TryGetValue(term, out var p) ? p.Count : 0;

    /// <summary>Rarity of a term for ranking: rare terms tell more.</summary>
    public double Idf(string term) => Math.Log(1 + ((double)ArticleCount / (DocumentFrequency(term) + 1)));

    /// <summary>BM25's inverse document frequency, as FTS5 computes it (never below a tiny positive value).</summary>
    public double Bm25Idf(int documentFrequency) =>
        Math.Max(1e-6, Math.Log((ArticleCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>Every term of an article with the fields that hold it and how often, plus its length in terms.</summary>
    public static (Dictionary<string, int[]> Terms, int Length) Analyze(Article article)
    {
        var terms = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var length = 0;
        void Add(string? text, int field)
        {
            foreach (var token in ChineseTokenizer.Tokenize(TextNormalizer.Normalize(text)))
            {
                if (!terms.TryGetValue(token.Text, out var counts))
                {
                    terms[token.Text] = counts = new int[FieldWeights.Length];
                }

                counts[field]++;
                length++;
            }
        }

        Add(article.Title, 0);
        foreach (var question in article.Questions)
        {
            Add(question, 1);
        }

        Add(article.Summary, 2);
        foreach (var section in article.Sections)
        {
            Add(section.Heading, 2);
            Add(section.Text, 3);
        }

        return (terms, length);
    }

    /// <summary>Writes the index of <paramref name="articles"/> (keyed by their index ids) into an open index file.</summary>
    public static void Write(SqliteConnection connection, IEnumerable<(int Id, Article Article)> articles)
    {
        var byTerm = new Dictionary<string, List<(int Id, int[] Counts)>>(StringComparer.Ordinal);
        var lengths = new List<(int Id, int Length)>();
        foreach (var (id, article) in articles.OrderBy(a => a.Id))
        {
            var (terms, length) = Analyze(article);
            lengths.Add((id, length));
            foreach (var (term, counts) in terms)
            {
                if (!byTerm.TryGetValue(term, out var list))
                {
                    byTerm[term] = list = [];
                }

                list.Add((id, counts));
            }
        }

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
            foreach (var row in lengths)
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
            var buffer = new MemoryStream();
            foreach (var (text, list) in byTerm.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                buffer.SetLength(0);
                Encode(buffer, list);
                term.Value = text;
                blob.Value = buffer.ToArray();
                insert.ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// A term's postings as stored: the count, then per article the id as a gap from the previous one, the
    /// field mask, and the count in each field the mask names. Numbers are LEB128 varints.
    /// </summary>
    private static void Encode(Stream output, List<(int Id, int[] Counts)> list)
    {
        WriteVarint(output, list.Count);
        var previous = 0;
        foreach (var (id, counts) in list)
        {
            WriteVarint(output, id - previous);
            previous = id;
            var mask = 0;
            for (var f = 0; f < counts.Length; f++)
            {
                if (counts[f] > 0)
                {
                    mask |= 1 << f;
                }
            }

            output.WriteByte((byte)mask);
            foreach (var count in counts)
            {
                if (count > 0)
                {
                    WriteVarint(output, count);
                }
            }
        }
    }

    private static void WriteVarint(Stream output, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            output.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        output.WriteByte((byte)v);
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

        var idLimit = documents.Count == 0 ? 1 : documents[^1].Id + 1;
        var lengths = new int[idLimit];
        foreach (var (id, length) in documents)
        {
            lengths[id] = length;
        }

        var map = new Dictionary<string, Postings>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT term, postings FROM search_postings";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var term = reader.GetString(0);
                map[term] = Decode(reader.GetFieldValue<byte[]>(1), idLimit, term);
            }
        }

        return new SearchIndex(map.ToFrozenDictionary(StringComparer.Ordinal), lengths, documents.Count);
    }

    private static Postings Decode(byte[] data, int idLimit, string term)
    {
        var at = 0;
        var count = ReadVarint(data, ref at);
        if (count <= 0 || count > idLimit)
        {
            throw new InvalidDataException($"postings of '{term}' are damaged");
        }

        var docs = new int[count];
        var masks = new Field[count];
        var weighted = new ushort[count];
        var id = 0;
        for (var i = 0; i < count; i++)
        {
            id += ReadVarint(data, ref at);
            if (at >= data.Length || id <= 0 || id >= idLimit || (i > 0 && id <= docs[i - 1]))
            {
                throw new InvalidDataException($"postings of '{term}' are damaged");
            }

            docs[i] = id;
            var mask = data[at++];
            masks[i] = (Field)mask;
            var w = 0;
            for (var f = 0; f < FieldWeights.Length; f++)
            {
                if ((mask & (1 << f)) != 0)
                {
                    w += FieldWeights[f] * ReadVarint(data, ref at);
                }
            }

            weighted[i] = (ushort)Math.Min(w, ushort.MaxValue);
        }

        return new Postings(docs, masks, weighted);
    }

    private static int ReadVarint(byte[] data, ref int at)
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (at >= data.Length)
            {
                throw new InvalidDataException("postings end mid-number");
            }

            var b = data[at++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new InvalidDataException("postings hold an overlong number");
    }
}
