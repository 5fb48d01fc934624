using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;
using DebtHelp.Web.Tests.Support;

namespace DebtHelp.Web.Tests.Search;

/// <summary>
/// The top-k stops that only engage on a large collection (concepts looked up heaviest first and hopeless candidates
/// dropped, plain BM25's shrinking list of articles still in reach, long lists answered from their bits) give the
/// same answers as looking everything up: on the real content copied four times over (324 articles, so a question
/// has up to a few hundred candidates and many exact ties), built from the files as the site builds them.
/// </summary>
public sealed class LargeCorpusShortcutTests(LargeCorpusShortcutTests.CopiedContent copied) : IClassFixture<LargeCorpusShortcutTests.CopiedContent>
{
    /// <summary>Every concept for every candidate: the plain loop the stop must agree with.</summary>
    private static readonly RankingWeights NoStop = RankingWeights.Default with { ConceptStopMinCandidates = int.MaxValue };

    /// <summary>The stop from the first candidate on (by default it waits for a few hundred, more than most questions have here).</summary>
    private static readonly RankingWeights Stop = RankingWeights.Default with { ConceptStopMinCandidates = 0 };

    public static TheoryData<string> Sets => new() { "evaluation-set.tsv", "holdout-set.tsv", "dev-set.tsv" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Searching_with_the_concept_stop_answers_exactly_as_without_it(string set)
    {
        var data = copied.Snapshot.Search;
        var engaged = 0;
        foreach (var question in Questions(set))
        {
            var fast = SearchEngine.Search(data, question, SearchEngine.DefaultLimit, Stop);
            var full = SearchEngine.Search(data, question, SearchEngine.DefaultLimit, NoStop);
            Assert.Equal(Shown(full), Shown(fast));
            Assert.Equal(full.Confidence, fast.Confidence);
            Assert.Equal(full.Answers.Select(a => (a.Ask, a.Hit.Article.Slug, a.Hit.Anchor)), fast.Answers.Select(a => (a.Ask, a.Hit.Article.Slug, a.Hit.Anchor)));
            engaged += HeadCandidates(data, question) > 2 * RankingWeights.Default.FusionCandidates ? 1 : 0;
        }

        // The comparison means something only if the stop has candidates to drop for a good share of the questions.
        Assert.True(engaged >= 10, $"only {engaged} questions had more than {2 * RankingWeights.Default.FusionCandidates} candidates");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_concept_ranking_with_its_stop_keeps_the_same_articles_and_the_same_scores(string set)
    {
        var data = copied.Snapshot.Search;
        foreach (var question in Questions(set))
        {
            var text = SearchEngine.Read(data, question, RankingWeights.Default);
            if (text.Lookup.Count == 0)
            {
                continue;
            }

            foreach (var limit in new[] { 1, 5, 30 })
            {
                var fast = Ranker.Rank(data, text.Query, text.Display, text.Lookup, limit, Stop);
                var full = Ranker.Rank(data, text.Query, text.Display, text.Lookup, limit, NoStop);
                Assert.Equal(full, fast);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Plain_bm25_with_its_early_stop_ranks_as_a_full_walk_on_a_large_collection(string set)
    {
        var index = copied.Snapshot.Search.Index;
        foreach (var question in Questions(set))
        {
            ExactShortcutTests.AssertRanksAsAFullWalk(index, question, RankingWeights.Default);
        }
    }

    [Fact]
    public void A_long_list_gives_every_article_its_position_from_its_bits()
    {
        var random = new Random(3);
        for (var round = 0; round < 300; round++)
        {
            var idLimit = random.Next(1, 3000);
            var docs = Enumerable.Range(0, idLimit).Where(_ => random.Next(0, 4) == 0).ToArray();
            if (docs.Length == 0)
            {
                continue;
            }

            var bits = DensePositions.Of(docs, docs[^1] + 1);
            for (var d = -1; d <= idLimit + 70; d++)
            {
                Assert.Equal(d < 0 ? -1 : Array.IndexOf(docs, d), d < 0 ? -1 : bits.PositionOf(d));
            }
        }
    }

    private static IEnumerable<(string Slug, string Anchor, string Snippet, double Score)> Shown(SearchOutcome outcome) =>
        outcome.Hits.Select(h => (h.Article.Slug, h.Anchor, h.SnippetHtml, h.Score));

    /// <summary>How many articles hold one of the question's lookup terms in a head field: the candidates before the cut.</summary>
    private static int HeadCandidates(SearchData data, string question) =>
        SearchEngine.Read(data, question, RankingWeights.Default).Lookup
            .SelectMany(l => l.Postings.HeadPositions.Select(i => l.Postings.Docs[i])).Distinct().Count();

    private static List<string> Questions(string set)
    {
        var questions = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Search", set))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).ToList();
        Assert.NotEmpty(questions);
        return questions;
    }

    /// <summary>The real content/ with every article there four times (slugs '-b', '-c', '-d' for the copies).</summary>
    public sealed class CopiedContent : IDisposable
    {
        private readonly string _folder = TempFolder.Create();

        public CopiedContent()
        {
            var root = Path.Combine(_folder, "content");
            TempFolder.CopyDirectory(TestPaths.RealContent, root);
            var articles = Path.Combine(root, ContentLoader.ArticlesFolder);
            foreach (var file in Directory.GetFiles(articles, "*.md"))
            {
                foreach (var suffix in new[] { "-b", "-c", "-d" })
                {
                    File.Copy(file, Path.Combine(articles, Path.GetFileNameWithoutExtension(file) + suffix + ".md"));
                }
            }

            var content = ContentLoader.Load(root, new ContentOptions(), DateOnly.FromDateTime(DateTime.Today));
            Snapshot = SnapshotBuilder.Build(content, Path.Combine(_folder, IndexFile.FileNameFor(content.Hash)));
        }

        public KnowledgeBaseSnapshot Snapshot { get; }

        public void Dispose() => TempFolder.TryDelete(_folder);
    }
}
