using System.Collections.Frozen;
using System.Runtime.InteropServices;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>
/// The search index: for every term (Chinese character pair or ASCII word) the articles that hold it, in
/// which fields and how often. Built in memory from the articles (<see cref="Build"/>) into compact arrays, so
/// a search touches no disk and allocates almost nothing; <see cref="SearchIndexFile"/> keeps it in the
/// warm-start file. Immutable once built; shared by every request of a snapshot.
/// </summary>
public sealed partial class SearchIndex
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

    /// <summary>The articles holding one term, by ascending article id.</summary>
    /// <param name="Docs">Article ids.</param>
    /// <param name="Masks">The fields holding the term, per article.</param>
    /// <param name="Weighted">Field-weighted term frequency, per article (BM25's f(q, D)).</param>
    /// <param name="Counts">Plain term frequency over all fields, per article (for <see cref="PlainRanking"/>).</param>
    public sealed record Postings(int[] Docs, Field[] Masks, Frequencies Weighted, Frequencies Counts)
    {
        public int Count => Docs.Length;

        /// <summary>
        /// The positions of the articles holding the term in a head field (title, questions, summary or headings),
        /// made the first time a search needs them: ranking looks at these first, and for a common pair they are
        /// a small part of the list.
        /// </summary>
        public int[] HeadPositions => field ??= PositionsOf(Masks, Field.Title | Field.Questions | Field.Lead);

        /// <summary>Any article's position in the list in a few steps, made the first time ranking asks (for long lists: see <see cref="DensePositions.Worthwhile"/>).</summary>
        public DensePositions Dense => field ??= DensePositions.Of(Docs, Docs[^1] + 1);

        /// <summary>The fields of article <paramref name="articleId"/> that hold the term; none when it holds it nowhere.</summary>
        public Field FieldsIn(int articleId) => Array.BinarySearch(Docs, articleId) is var at and >= 0 ? Masks[at] : 0;

        private static int[] PositionsOf(Field[] masks, Field fields)
        {
            var count = 0;
            foreach (var mask in masks)
            {
                count += (mask & fields) != 0 ? 1 : 0;
            }

            var positions = new int[count];
            var next = 0;
            for (var i = 0; i < masks.Length; i++)
            {
                if ((masks[i] & fields) != 0)
                {
                    positions[next++] = i;
                }
            }

            return positions;
        }
    }

    private readonly FrozenDictionary<string, Postings> _postings;
    private readonly FrozenDictionary<string, Postings>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private SearchIndex(FrozenDictionary<string, Postings> postings, int[] lengths, IReadOnlyList<(int Id, int Length)> documents)
    {
        _postings = postings;
        _lookup = postings.GetAlternateLookup<ReadOnlySpan<char>>();
        Lengths = lengths;
        Documents = documents;
        var articleCount = ArticleCount = documents.Count;
        long total = 0;
        foreach (var (_, length) in documents)
        {
            total += length;
        }

        AverageLength = articleCount > 0 ? Math.Max(1.0, (double)total / articleCount) : 1.0;
        _homophones = new Lazy<Homophones>(() => Homophones.Build(_postings
            .Where(p => p.Value.Count >= RankingWeights.Default.HomophoneMinArticles)
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

    /// <summary>The same, for a piece of a longer text (no string made).</summary>
    public Postings? Find(ReadOnlySpan<char> term) => _lookup.TryGetValue(term, out var postings) ? postings : null;

    public int DocumentFrequency(string term) => _postings.TryGetValue(term, out var p) ? p.Count : 0;

    /// <summary>Rarity of a term for ranking: rare terms tell more.</summary>
    public double Idf(string term) => Math.Log(1 + ((double)ArticleCount / (DocumentFrequency(term) + 1)));

    /// <summary>BM25's inverse document frequency, as FTS5 computes it (never below a tiny positive value).</summary>
    public double Bm25Idf(int documentFrequency) =>
        Math.Max(1e-6, Math.Log((ArticleCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    /// <summary>One object, so a search on another thread sees all of it or none (a struct could tear).</summary>
    private sealed record NormTable(double K1, double B, double[] Norms);

    private NormTable? _norms;

    /// <summary>
    /// BM25's length normalisation per article id, <c>k1 · (1 − b + b · length / average length)</c>, made once
    /// per (k1, b) and kept (the ranking's weights rarely change), so a posting costs one division.
    /// </summary>
    public double[] Bm25Norms(double k1, double b)
    {
        if (_norms is { } known && known.K1 == k1 && known.B == b)
        {
            return known.Norms;
        }

        var norms = new double[Lengths.Length];
        for (var d = 0; d < norms.Length; d++)
        {
            norms[d] = k1 * (1 - b + (b * Lengths[d] / AverageLength));
        }

        _norms = new NormTable(k1, b, norms);
        return norms;
    }

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

    /// <summary>Builds the index of <paramref name="articles"/> (keyed by their ids) in memory.</summary>
    public static SearchIndex Build(IEnumerable<(int Id, Article Article)> articles)
    {
        var byTerm = new Dictionary<string, PostingsBuilder>(StringComparer.Ordinal);
        var lengths = new List<(int Id, int Length)>();
        var terms = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (id, article) in articles.OrderBy(a => a.Id))
        {
            lengths.Add((id, Analyze(article, terms)));
            foreach (var (term, counts) in terms)
            {
                if (!byTerm.TryGetValue(term, out var builder))
                {
                    byTerm[term] = builder = new PostingsBuilder();
                }

                builder.Add(id, counts);
            }
        }

        return FromParts(lengths, byTerm.Select(t => KeyValuePair.Create(t.Key, t.Value.ToPostings())));
    }

    /// <summary>An index from its parts, as built or as read back from an index file.</summary>
    public static SearchIndex FromParts(IReadOnlyList<(int Id, int Length)> documents, IEnumerable<KeyValuePair<string, Postings>> postings)
    {
        var lengths = new int[IdLimitFor(documents)];
        foreach (var (id, length) in documents)
        {
            lengths[id] = length;
        }

        // In term order whichever way the index was made, so everything derived from it (homophones) is the same.
        var ordered = postings.OrderBy(p => p.Key, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
        return new SearchIndex(ordered, lengths, documents);
    }

    /// <summary>One more than the highest id of <paramref name="documents"/> (sorted by id).</summary>
    public static int IdLimitFor(IReadOnlyList<(int Id, int Length)> documents) => documents.Count == 0 ? 1 : documents[^1].Id + 1;

    /// <summary>Every term with its postings, for writing the index into a file.</summary>
    public IEnumerable<KeyValuePair<string, Postings>> Terms => _postings;

    /// <summary>The articles and their lengths, by ascending id.</summary>
    public IReadOnlyList<(int Id, int Length)> Documents { get; }

    /// <summary>A term's postings as articles are added in ascending id order.</summary>
    private sealed class PostingsBuilder
    {
        private readonly List<int> _docs = [];
        private readonly List<Field> _masks = [];
        private readonly List<ushort> _weighted = [];
        private readonly List<ushort> _counts = [];

        public void Add(int id, long counts)
        {
            var fieldWeights = RankingWeights.Default.FieldWeights;
            var mask = Field.None;
            var weighted = 0;
            var plain = 0;
            for (var f = 0; f < fieldWeights.Count; f++)
            {
                var count = (int)((counts >> (f * 16)) & 0xFFFF);
                if (count > 0)
                {
                    mask |= (Field)(1 << f);
                    weighted += fieldWeights[f] * count;
                    plain += count;
                }
            }

            _docs.Add(id);
            _masks.Add(mask);
            _weighted.Add((ushort)Math.Min(weighted, ushort.MaxValue));
            _counts.Add((ushort)Math.Min(plain, ushort.MaxValue));
        }

        public Postings ToPostings() => new([.. _docs], [.. _masks], Frequencies.Of(CollectionsMarshal.AsSpan(_weighted)), Frequencies.Of(CollectionsMarshal.AsSpan(_counts)));
    }
}
