using System.Collections.Frozen;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>What search keeps in memory: the postings, passage text, the shapes of listed questions, synonyms.</summary>
public sealed class SearchData
{
    public required SearchIndex Index { get; init; }

    /// <summary>The articles by the ids the postings use.</summary>
    public required IReadOnlyDictionary<int, Article> Articles { get; init; }

    /// <summary>The ids of the articles by slug.</summary>
    public required IReadOnlyDictionary<string, int> IdsBySlug { get; init; }
    public required IReadOnlyDictionary<int, SectionInfo> Sections { get; init; }

    /// <summary>First and last section id of each article (they are consecutive).</summary>
    public required IReadOnlyDictionary<int, (int First, int Last)> SectionRanges { get; init; }
    public required IReadOnlyList<QuestionEntry> Questions { get; init; }
    public required SynonymTable Synonyms { get; init; }

    /// <summary>
    /// The title and listed questions of every article reduced to their meaning (see <see cref="Shape"/>), as
    /// an inverted list: term to the shapes holding it. Ranking rewards a question close to one the writers listed.
    /// </summary>
    public required ShapeIndex Shapes { get; init; }

    /// <summary>The parts of this data the index file keeps (see <see cref="Derived"/>).</summary>
    public required Derived Stored { get; init; }

    /// <summary>Each article's title normalised, by id (a result page compares its headings with it).</summary>
    public required IReadOnlyDictionary<int, string> NormalizedTitles { get; init; }

    public int ArticleCount => Index.ArticleCount;

    public string NormalizedTitle(int articleId) => NormalizedTitles[articleId];

    public double Idf(string term) => Index.Idf(term);

    /// <summary>A passage under one heading. Its normalised text is made the first time a search needs it.</summary>
    public sealed class SectionInfo(int articleId, string anchor, string heading, string text)
    {
        public int ArticleId { get; } = articleId;
        public string Anchor { get; } = anchor;
        public string Heading { get; } = heading;
        public string Text { get; } = text;

        /// <summary>
        /// The text to look for query words in: normalised, or <see cref="Text"/> itself when normalising changes
        /// nothing but punctuation and spaces (every letter, digit and ideograph the same: most passages written in
        /// simplified Chinese). A word made of letters, digits and ideographs, as every term is, occurs at the same
        /// places in both, and a second copy of most passage text (30 MB at 10,000 articles) is not kept. A word with
        /// a space in it (a synonym written with punctuation) needs the true normal form: <see cref="TrulyNormalized"/>.
        /// </summary>
        public string NormalizedText => field ??= SameWords(Text, TextNormalizer.Normalize(Text));

        /// <summary>Whether <see cref="NormalizedText"/> is the normalised text, not the text itself.</summary>
        public bool TrulyNormalized => !ReferenceEquals(NormalizedText, Text);

        public string NormalizedHeading => field ??= Anchor.Length > 0 ? TextNormalizer.Normalize(Heading) : "";
    }

    /// <summary><paramref name="text"/> when <paramref name="normalized"/> differs from it only where it has a space, else <paramref name="normalized"/>.</summary>
    private static string SameWords(string text, string normalized)
    {
        if (text.Length != normalized.Length)
        {
            return normalized;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != normalized[i] && normalized[i] != ' ')
            {
                return normalized;
            }
        }

        return text;
    }

    /// <param name="Normalized">The question normalised once, for suggestions.</param>
    /// <param name="Pairs">
    /// Its distinct terms, as an array of strings shared by every question holding them: a set per question was a
    /// tenth of the heap at 10,000 articles (40,000 questions), and suggestions only count which of them a query holds.
    /// </param>
    public sealed record QuestionEntry(Article Article, string Question, string Normalized, string[] Pairs);

    /// <summary>
    /// Shapes by number: the article each belongs to, its size, and the shapes holding each term. An article's shapes
    /// are numbered consecutively, articles in ascending id order, so <see cref="Of"/> finds them without a search.
    /// </summary>
    public sealed class ShapeIndex
    {
        /// <summary>Article ids are numbered from 1 by the snapshot; far above any collection, and the table of starts stays small.</summary>
        private const int MaxArticleId = 10_000_000;

        /// <summary>Per article id (and one past the last), the number of its first shape.</summary>
        private readonly int[] _starts;

        private readonly FrozenDictionary<string, int[]> _byTerm;

        /// <exception cref="InvalidDataException">The shapes are not numbered in ascending article order (a damaged file).</exception>
        public ShapeIndex(int[] articleIds, int[] sizes, FrozenDictionary<string, int[]> byTerm)
        {
            // Ascending, so the first id is the lowest and the last the highest; the loop below finds any disorder.
            if (articleIds.Length > 0 && (articleIds[0] < 0 || articleIds[^1] > MaxArticleId))
            {
                throw new InvalidDataException("the shapes name an article id out of range");
            }

            ArticleIds = articleIds;
            Sizes = sizes;
            _byTerm = byTerm;
            var last = articleIds.Length == 0 ? -1 : articleIds[^1];
            _starts = new int[last + 2];
            var next = 0;
            for (var d = 0; d <= last; d++)
            {
                _starts[d] = next;
                while (next < articleIds.Length && articleIds[next] == d)
                {
                    next++;
                }
            }

            _starts[last + 1] = next;
            if (next != articleIds.Length)
            {
                throw new InvalidDataException("the shapes are not numbered in ascending article order");
            }
        }

        public int[] ArticleIds { get; }
        public int[] Sizes { get; }
        public int Count => ArticleIds.Length;

        /// <summary>Every term with the shapes holding it (the index file stores them so).</summary>
        public IEnumerable<KeyValuePair<string, int[]>> Terms => _byTerm;

        public int[]? Holding(string term) => _byTerm.GetValueOrDefault(term);

        /// <summary>The numbers of article <paramref name="articleId"/>'s shapes: <c>First</c> up to, not including, <c>End</c>.</summary>
        public (int First, int End) Of(int articleId) =>
            (uint)articleId < (uint)(_starts.Length - 1) ? (_starts[articleId], _starts[articleId + 1]) : (0, 0);
    }

    /// <summary>
    /// What search derives from the articles' titles and listed questions: each question normalised and its distinct
    /// terms, the <see cref="ShapeIndex"/>, each title normalised. Normalising and reading some 50,000 texts was a
    /// third of a warm start at 10,000 articles, so the index file keeps these (<see cref="SearchIndexFile"/>) and a
    /// warm start reads them back instead.
    /// </summary>
    /// <param name="Questions">Per article id, per listed question in order: normalised text and distinct terms.</param>
    public sealed record Derived(
        IReadOnlyDictionary<int, (string Normalized, string[] Pairs)[]> Questions,
        ShapeIndex Shapes,
        IReadOnlyDictionary<int, string> NormalizedTitles);

    /// <summary>A question's meaning as a set of terms: normalised, synonyms made one word, filler dropped.</summary>
    public static HashSet<string> Shape(string text, SynonymTable synonyms) =>
        ChineseTokenizer.Tokenize(synonyms.RemoveFiller(synonyms.Canonicalize(TextNormalizer.Normalize(text))))
            .Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    private static string[] DistinctTerms(string normalized) =>
        [.. ChineseTokenizer.Tokenize(normalized).Select(t => t.Text).Distinct(StringComparer.Ordinal)];

    /// <summary>Works out <see cref="Derived"/> from the articles: on every core, then put together in id order.</summary>
    public static Derived Derive(IReadOnlyDictionary<int, Article> articles, SynonymTable synonyms)
    {
        var ordered = articles.OrderBy(a => a.Key).ToArray();
        var read = new ((string Normalized, string[] Pairs)[] Questions, List<HashSet<string>> Shapes, string Title)[ordered.Length];
        Parallel.For(0, ordered.Length, i =>
        {
            var article = ordered[i].Value;
            read[i] = (
                [.. article.Questions.Select(q => TextNormalizer.Normalize(q)).Select(n => (n, DistinctTerms(n)))],
                [.. article.Questions.Prepend(article.Title).Select(text => Shape(text, synonyms)).Where(shape => shape.Count > 0)],
                TextNormalizer.Normalize(article.Title));
        });
        var shapeArticles = new List<int>();
        var shapeSizes = new List<int>();
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Length; i++)
        {
            foreach (var shape in read[i].Shapes)
            {
                var number = shapeArticles.Count;
                shapeArticles.Add(ordered[i].Key);
                shapeSizes.Add(shape.Count);
                foreach (var term in shape)
                {
                    if (!byTerm.TryGetValue(term, out var list))
                    {
                        byTerm[term] = list = [];
                    }

                    list.Add(number);
                }
            }
        }

        return new Derived(
            Enumerable.Range(0, ordered.Length).ToDictionary(i => ordered[i].Key, i => read[i].Questions),
            new ShapeIndex([.. shapeArticles], [.. shapeSizes], byTerm.ToFrozenDictionary(t => t.Key, t => t.Value.ToArray(), StringComparer.Ordinal)),
            Enumerable.Range(0, ordered.Length).ToDictionary(i => ordered[i].Key, i => read[i].Title));
    }

    /// <summary>The search data of <paramref name="articles"/>; <paramref name="derived"/> is what the index file kept, or null to work it out.</summary>
    /// <exception cref="InvalidDataException">The stored <paramref name="derived"/> does not fit the articles (a damaged file).</exception>
    public static SearchData Create(SearchIndex index, IReadOnlyDictionary<int, Article> articles, SynonymTable synonyms, Derived? derived = null)
    {
        derived ??= Derive(articles, synonyms);

        // Sections are numbered through all articles in id order, so each article's are consecutive.
        var sections = new Dictionary<int, SectionInfo>();
        var sectionRanges = new Dictionary<int, (int First, int Last)>();
        var questions = new List<QuestionEntry>();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, article) in articles.OrderBy(a => a.Key))
        {
            if (article.Sections.Count > 0)
            {
                var first = sections.Count + 1;
                foreach (var section in article.Sections)
                {
                    sections[sections.Count + 1] = new SectionInfo(id, section.Id, section.Heading, section.Text);
                }

                sectionRanges[id] = (first, sections.Count);
            }

            var read = derived.Questions.GetValueOrDefault(id, []);
            if (read.Length != article.Questions.Count || !derived.NormalizedTitles.ContainsKey(id))
            {
                throw new InvalidDataException($"the search data of article {id} does not match its questions");
            }

            for (var k = 0; k < read.Length; k++)
            {
                var pairs = read[k].Pairs;
                for (var t = 0; t < pairs.Length; t++)
                {
                    if (terms.TryGetValue(pairs[t], out var shared))
                    {
                        pairs[t] = shared;
                    }
                    else
                    {
                        terms.Add(pairs[t]);
                    }
                }

                questions.Add(new QuestionEntry(article, article.Questions[k], read[k].Normalized, pairs));
            }
        }

        return new SearchData
        {
            Index = index,
            Articles = articles,
            IdsBySlug = articles.ToFrozenDictionary(a => a.Value.Slug, a => a.Key, StringComparer.Ordinal),
            NormalizedTitles = derived.NormalizedTitles,
            Sections = sections,
            SectionRanges = sectionRanges,
            Questions = questions,
            Synonyms = synonyms,
            Shapes = derived.Shapes,
            Stored = derived,
        };
    }
}
