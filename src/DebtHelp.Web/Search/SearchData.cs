using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;

namespace DebtHelp.Web.Search;

/// <summary>What search keeps in memory beside the FTS tables: passage text, per-article term sets, term rarity.</summary>
public sealed class SearchData
{
    public required string ConnectionString { get; init; }
    public required IReadOnlyDictionary<int, SectionInfo> Sections { get; init; }

    /// <summary>First and last section id of each article (they are consecutive).</summary>
    public required IReadOnlyDictionary<int, (int First, int Last)> SectionRanges { get; init; }
    public required IReadOnlyDictionary<int, ArticleTerms> Terms { get; init; }
    public required IReadOnlyDictionary<string, int> DocumentFrequency { get; init; }
    public required int ArticleCount { get; init; }
    public required IReadOnlyList<QuestionEntry> Questions { get; init; }
    public required SynonymTable Synonyms { get; init; }

    public sealed record SectionInfo(int ArticleId, string Anchor, string Heading, string Text);

    /// <summary>
    /// An article's terms by field: its title, its listed questions, its summary and headings, and everything.
    /// Ranking asks which of a question's concepts each field holds.
    /// </summary>
    /// <param name="Shapes">The title and each listed question reduced to their meaning (see <see cref="Shape"/>).</param>
    public sealed record ArticleTerms(HashSet<string> Title, HashSet<string> Questions, HashSet<string> Lead, HashSet<string> All, IReadOnlyList<HashSet<string>> Shapes);

    /// <summary>A question's meaning as a set of terms: normalised, synonyms made one word, filler dropped.</summary>
    public static HashSet<string> Shape(string text, SynonymTable synonyms) =>
        ChineseTokenizer.Tokenize(synonyms.RemoveFiller(synonyms.Canonicalize(TextNormalizer.Normalize(text))))
            .Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    public sealed record QuestionEntry(Article Article, string Question, HashSet<string> Pairs);

    private static HashSet<string> TermSet(string text) =>
        ChineseTokenizer.Tokenize(TextNormalizer.Normalize(text)).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);

    public double Idf(string term) => Math.Log(1 + ((double)ArticleCount / (DocumentFrequency.GetValueOrDefault(term) + 1)));

    public static SearchData Create(string indexPath, IReadOnlyDictionary<int, Article> articles, IReadOnlyList<SectionRow> sections, SynonymTable synonyms)
    {
        var terms = new Dictionary<int, ArticleTerms>();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var questions = new List<QuestionEntry>();
        foreach (var (id, article) in articles)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            var title = TermSet(article.Title);
            var lead = TermSet(article.Summary + " " + string.Join(" ", article.Sections.Select(s => s.Heading)));
            var questionTerms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var q in article.Questions)
            {
                var pairs = TermSet(q);
                questionTerms.UnionWith(pairs);
                questions.Add(new QuestionEntry(article, q, pairs));
            }

            set.UnionWith(title);
            set.UnionWith(lead);
            set.UnionWith(questionTerms);
            foreach (var s in article.Sections)
            {
                set.UnionWith(TermSet(s.Text));
            }

            foreach (var term in set)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }

            var shapes = article.Questions.Prepend(article.Title).Select(q => Shape(q, synonyms)).Where(q => q.Count > 0).ToList();
            terms[id] = new ArticleTerms(title, questionTerms, lead, set, shapes);
        }

        return new SearchData
        {
            ConnectionString = IndexBuilder.ConnectionString(indexPath, readOnly: true),
            Sections = sections.ToDictionary(s => s.Id, s => new SectionInfo(s.ArticleId, s.Anchor, s.Heading, s.Text)),
            SectionRanges = sections.GroupBy(s => s.ArticleId).ToDictionary(g => g.Key, g => (g.Min(s => s.Id), g.Max(s => s.Id))),
            Terms = terms,
            DocumentFrequency = df,
            ArticleCount = articles.Count,
            Questions = questions,
            Synonyms = synonyms,
        };
    }
}
