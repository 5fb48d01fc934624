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

        public string NormalizedText => field ??= TextNormalizer.Normalize(Text);

        public string NormalizedHeading => field ??= Anchor.Length > 0 ? TextNormalizer.Normalize(Heading) : "";
    }

    /// <param name="Normalized">The question normalised once, for suggestions.</param>
    /// <param name="Pairs">
    /// Its distinct terms, as an array of strings shared by every question holding them: a set per question was a
    /// tenth of the heap at 10,000 articles (40,000 questions), and suggestions only count which of them a query holds.
    /// </param>
    public sealed record QuestionEntry(Article Article, string Question, string Normalized, string[] Pairs);

    /// <summary>Shapes by number: the article each belongs to, its size, and the shapes holding each term.</summary>
    public sealed class ShapeIndex(int[] articleIds, int[] sizes, FrozenDictionary<string, int[]> byTerm)
    {
        public int[] ArticleIds { get; } = articleIds;
        public int[] Sizes { get; } = sizes;
        public int Count => ArticleIds.Length;

        public int[]? Holding(string term) => byTerm.GetValueOrDefault(term);
    }

    /// <summary>A question's meaning as a set of terms: normalised, synonyms made one word, filler dropped.</summary>
    public static HashSet<string> Shape(string text, SynonymTable synonyms) =>
        ChineseTokenizer.Tokenize(synonyms.RemoveFiller(synonyms.Canonicalize(TextNormalizer.Normalize(text))))
            .Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    private static string[] DistinctTerms(string normalized) =>
        [.. ChineseTokenizer.Tokenize(normalized).Select(t => t.Text).Distinct(StringComparer.Ordinal)];

    public static SearchData Create(SearchIndex index, IReadOnlyDictionary<int, Article> articles, SynonymTable synonyms)
    {
        // Sections are numbered through all articles in id order, so each article's are consecutive.
        var sections = new Dictionary<int, SectionInfo>();
        var sectionRanges = new Dictionary<int, (int First, int Last)>();
        var questions = new List<QuestionEntry>();
        var shapeArticles = new List<int>();
        var shapeSizes = new List<int>();
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var ordered = articles.OrderBy(a => a.Key).ToArray();
        var terms = new HashSet<string>(StringComparer.Ordinal);
        // Reading the titles and questions (normalising, synonyms, pairs) is most of the work: done for all articles
        // at once, then put together in id order, so the result is the same as one by one.
        var read = new (List<QuestionEntry> Questions, List<HashSet<string>> Shapes)[ordered.Length];
        Parallel.For(0, ordered.Length, i =>
        {
            var article = ordered[i].Value;
            read[i] = (
                [.. article.Questions.Select(q => TextNormalizer.Normalize(q)).Select((n, k) => new QuestionEntry(article, article.Questions[k], n, DistinctTerms(n)))],
                [.. article.Questions.Prepend(article.Title).Select(text => Shape(text, synonyms)).Where(shape => shape.Count > 0)]);
        });
        for (var i = 0; i < ordered.Length; i++)
        {
            var (id, article) = ordered[i];
            if (article.Sections.Count > 0)
            {
                var first = sections.Count + 1;
                foreach (var section in article.Sections)
                {
                    sections[sections.Count + 1] = new SectionInfo(id, section.Id, section.Heading, section.Text);
                }

                sectionRanges[id] = (first, sections.Count);
            }

            foreach (var question in read[i].Questions)
            {
                var pairs = question.Pairs;
                for (var k = 0; k < pairs.Length; k++)
                {
                    if (terms.TryGetValue(pairs[k], out var shared))
                    {
                        pairs[k] = shared;
                    }
                    else
                    {
                        terms.Add(pairs[k]);
                    }
                }
            }

            questions.AddRange(read[i].Questions);
            foreach (var shape in read[i].Shapes)
            {
                var number = shapeArticles.Count;
                shapeArticles.Add(id);
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

        return new SearchData
        {
            Index = index,
            Articles = articles,
            IdsBySlug = articles.ToFrozenDictionary(a => a.Value.Slug, a => a.Key, StringComparer.Ordinal),
            NormalizedTitles = articles.ToFrozenDictionary(a => a.Key, a => TextNormalizer.Normalize(a.Value.Title)),
            Sections = sections,
            SectionRanges = sectionRanges,
            Questions = questions,
            Synonyms = synonyms,
            Shapes = new ShapeIndex(
                [.. shapeArticles],
                [.. shapeSizes],
                byTerm.ToFrozenDictionary(t => t.Key, t => t.Value.ToArray(), StringComparer.Ordinal)),
        };
    }
}
