using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;

namespace DebtHelp.Web.Search;

/// <summary>What search keeps in memory beside the FTS tables: passage text, per-article term sets, term rarity.</summary>
public sealed class SearchData
{
    public required string ConnectionString { get; init; }
    public required IReadOnlyDictionary<int, SectionInfo> Sections { get; init; }
    public required IReadOnlyDictionary<int, ArticleTerms> Terms { get; init; }
    public required IReadOnlyDictionary<string, int> DocumentFrequency { get; init; }
    public required int ArticleCount { get; init; }
    public required IReadOnlyList<QuestionEntry> Questions { get; init; }
    public required SynonymTable Synonyms { get; init; }

    public sealed record SectionInfo(int ArticleId, string Anchor, string Heading, string Text);

    /// <summary>Every term of an article (all fields), and the normalised title + questions for phrase checks.</summary>
    public sealed record ArticleTerms(HashSet<string> All, string NormalizedTitleAndQuestions);

    public sealed record QuestionEntry(Article Article, string Question, HashSet<string> Pairs);

    public double Idf(string term) => Math.Log(1 + ((double)ArticleCount / (DocumentFrequency.GetValueOrDefault(term) + 1)));

    public static SearchData Create(string indexPath, IReadOnlyDictionary<int, Article> articles, IReadOnlyList<SectionRow> sections, SynonymTable synonyms)
    {
        var terms = new Dictionary<int, ArticleTerms>();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var questions = new List<QuestionEntry>();
        foreach (var (id, article) in articles)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            void Add(string text)
            {
                foreach (var token in ChineseTokenizer.Tokenize(TextNormalizer.Normalize(text)))
                {
                    set.Add(token.Text);
                }
            }

            Add(article.Title);
            Add(article.Summary);
            foreach (var q in article.Questions)
            {
                Add(q);
                var pairs = ChineseTokenizer.Tokenize(TextNormalizer.Normalize(q)).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
                questions.Add(new QuestionEntry(article, q, pairs));
            }

            foreach (var s in article.Sections)
            {
                Add(s.Heading);
                Add(s.Text);
            }

            foreach (var term in set)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }

            var titleAndQuestions = TextNormalizer.Normalize(article.Title + " | " + string.Join(" | ", article.Questions) + " | " + article.Summary);
            terms[id] = new ArticleTerms(set, titleAndQuestions);
        }

        return new SearchData
        {
            ConnectionString = IndexBuilder.ConnectionString(indexPath, readOnly: true),
            Sections = sections.ToDictionary(s => s.Id, s => new SectionInfo(s.ArticleId, s.Anchor, s.Heading, s.Text)),
            Terms = terms,
            DocumentFrequency = df,
            ArticleCount = articles.Count,
            Questions = questions,
            Synonyms = synonyms,
        };
    }
}
