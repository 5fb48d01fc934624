using System.Collections.Frozen;
using System.Runtime.InteropServices;
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
    /// <param name="Counts">Plain term frequency over all fields, per article (for <see cref="PlainRanking"/>).</param>
    public sealed record Postings(int[] Docs, Field[] Masks, ushort[] Weighted, ushort[] Counts)
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
        // Only pairs found in two articles at least: a pair seen once is as likely noise as a word.
        _homophones = new Lazy<Homophones>(() => Homophones.Build(_postings
            .Where(p => p.Value.Count >= 2)
            .Select(p => (p.Key, p.Value.Count))));
    }

    private readonly Lazy<Homophones> _homophones;

    /// <summary>The index's character pairs grouped by sound, made at the first search that needs them.</summary>
    public Homophones Homophones => _homophones.Value;

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

    /// <summary>
    /// Every term of an article with its count in each field (four 16-bit counts packed in a long), and the
    /// article's length in terms. The dictionary is the caller's, cleared here, so one serves every article.
    /// </summary>
    public static int Analyze(Article article, Dictionary<string, long> terms)
    {
        terms.Clear();
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var length = 0;
        void Add(string? text, int field)
        {
            var normalized = TextNormalizer.Normalize(text);
            foreach (var (start, count) in ChineseTokenizer.Ranges(normalized))
            {
                var term = normalized.AsSpan(start, count);
                ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, term, out _);
                var shift = field * 16;
                if (((counts >> shift) & 0xFFFF) < 0xFFFF)
                {
                    counts += 1L << shift;
                }

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

        return length;
    }

    /// <summary>A term's postings as they are written, appended to article by article.</summary>
    private sealed class PostingsWriter
    {
        private byte[] _bytes = new byte[16];

        public int Count { get; set; }
        public int LastId { get; set; }
        public int Length { get; private set; }

        public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

        public void Add(byte value)
        {
            if (Length == _bytes.Length)
            {
                Array.Resize(ref _bytes, _bytes.Length * 2);
            }

            _bytes[Length++] = value;
        }

        public void AddVarint(int value)
        {
            var v = (uint)value;
            while (v >= 0x80)
            {
                Add((byte)(v | 0x80));
                v >>= 7;
            }

            Add((byte)v);
        }
    }

    /// <summary>Writes the index of <paramref name="articles"/> (keyed by their index ids) into an open index file.</summary>
    public static void Write(SqliteConnection connection, IEnumerable<(int Id, Article Article)> articles)
    {
        var byTerm = new Dictionary<string, PostingsWriter>(StringComparer.Ordinal);
        var lengths = new List<(int Id, int Length)>();
        var terms = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (id, article) in articles.OrderBy(a => a.Id))
        {
            lengths.Add((id, Analyze(article, terms)));
            foreach (var (term, counts) in terms)
            {
                if (!byTerm.TryGetValue(term, out var writer))
                {
                    byTerm[term] = writer = new PostingsWriter();
                }

                Append(writer, id, counts);
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
            foreach (var (text, writer) in byTerm.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                var head = new PostingsWriter();
                head.AddVarint(writer.Count);
                term.Value = text;
                blob.Value = (byte[])[.. head.Written, .. writer.Written];
                insert.ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// Stored postings: the count, then per article the id as a gap from the previous one, the field mask, and
    /// the count in each field the mask names. Numbers are LEB128 varints.
    /// </summary>
    private static void Append(PostingsWriter writer, int id, long counts)
    {
        writer.AddVarint(id - writer.LastId);
        writer.LastId = id;
        writer.Count++;
        var mask = 0;
        for (var f = 0; f < FieldWeights.Length; f++)
        {
            if (((counts >> (f * 16)) & 0xFFFF) != 0)
            {
                mask |= 1 << f;
            }
        }

        writer.Add((byte)mask);
        for (var f = 0; f < FieldWeights.Length; f++)
        {
            var count = (int)((counts >> (f * 16)) & 0xFFFF);
            if (count > 0)
            {
                writer.AddVarint(count);
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
        var counts = new ushort[count];
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
            var n = 0;
            for (var f = 0; f < FieldWeights.Length; f++)
            {
                if ((mask & (1 << f)) != 0)
                {
                    var c = ReadVarint(data, ref at);
                    w += FieldWeights[f] * c;
                    n += c;
                }
            }

            weighted[i] = (ushort)Math.Min(w, ushort.MaxValue);
            counts[i] = (ushort)Math.Min(n, ushort.MaxValue);
        }

        return new Postings(docs, masks, weighted, counts);
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
