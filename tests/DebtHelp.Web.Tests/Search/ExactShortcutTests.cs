using System.Collections.Frozen;
using DebtHelp.Web.Chinese;
using DebtHelp.Web.Search;
using DebtHelp.Web.Tests.Support;

namespace DebtHelp.Web.Tests.Search;

/// <summary>
/// The speed shortcuts of search give the same answers as the plain way: the top-k stop of plain BM25 against a full
/// walk of every list, over the real content and every question of the tuning and held-out sets.
/// </summary>
public sealed class ExactShortcutTests(RealContentIndex real) : IClassFixture<RealContentIndex>
{
    public static TheoryData<string> Sets => new() { "evaluation-set.tsv", "holdout-set.tsv", "dev-set.tsv" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Plain_bm25_with_its_early_stop_ranks_exactly_as_a_full_walk_does(string set)
    {
        var index = real.Snapshot.Search.Index;
        var weights = RankingWeights.Default;
        var questions = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Search", set))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).ToList();
        Assert.NotEmpty(questions);
        foreach (var question in questions)
        {
            AssertRanksAsAFullWalk(index, question, weights);
        }
    }

    /// <summary>Plain BM25 with its early stop against the full walk, for the first 1, 5 and 30: same articles, same scores.</summary>
    internal static void AssertRanksAsAFullWalk(SearchIndex index, string question, RankingWeights weights)
    {
        foreach (var count in new[] { 1, 5, 30 })
        {
            var fast = PlainRanking.Rank(index, question, count, weights);
            var full = FullWalk(index, question, count, weights);
            Assert.Equal(full.Select(r => r.ArticleId), fast.Select(r => r.ArticleId));
            Assert.Equal(full.Select(r => Math.Round(r.Score, 9)), fast.Select(r => Math.Round(r.Score, 9)));
        }
    }

    [Fact]
    public void Seeking_in_a_sorted_list_finds_the_first_id_not_below_the_target()
    {
        var random = new Random(11);
        for (var round = 0; round < 2000; round++)
        {
            var docs = Enumerable.Range(0, random.Next(0, 300)).Select(_ => random.Next(0, 1000)).Distinct().Order().ToArray();
            var from = docs.Length == 0 ? 0 : random.Next(0, docs.Length + 1);
            var target = random.Next(-5, 1010);
            var expected = from;
            while (expected < docs.Length && docs[expected] < target)
            {
                expected++;
            }

            Assert.Equal(expected, SortedIds.Seek(docs, from, target));
        }
    }

    [Fact]
    public void The_candidate_cut_keeps_the_most_relevant_and_every_tie_at_the_edge_in_id_order()
    {
        var random = new Random(5);
        for (var round = 0; round < 500; round++)
        {
            var count = random.Next(1, 400);
            var max = random.Next(1, 300);
            // Dense ids (a pass over all of them) or sparse ones (a sort of the few kept).
            var idLimit = round % 2 == 0 ? count + 1 : (count * 20) + 1;
            var ids = Enumerable.Range(1, idLimit - 1).OrderBy(_ => random.Next()).Take(count).ToArray();
            var relevance = new double[idLimit + 7];
            foreach (var id in ids)
            {
                relevance[id] = random.Next(1, 40) / 4.0; // many ties
            }

            var original = (double[])relevance.Clone();
            var candidates = ids.ToArray();
            var kept = CandidateCut.KeepMostRelevant(relevance, idLimit, candidates, count, max);

            var threshold = count <= max ? double.MinValue : ids.Select(i => original[i]).OrderDescending().ElementAt(max - 1);
            var expected = ids.Where(i => original[i] >= threshold).Order().ToArray();
            Assert.Equal(expected, candidates.Take(kept).ToArray());
            Assert.All(ids.Except(expected), i => Assert.Equal(0, relevance[i]));
            Assert.All(expected, i => Assert.Equal(original[i], relevance[i]));
            Assert.All(Enumerable.Range(idLimit, 7), i => Assert.Equal(original[i], relevance[i]));
        }
    }

    [Fact]
    public void The_kth_best_is_the_same_number_by_heap_or_by_quickselect_ties_and_all()
    {
        var random = new Random(11);
        for (var round = 0; round < 2_000; round++)
        {
            // Small k among many (the heap) and every other shape (quickselect), with many ties.
            var count = random.Next(1, 1_500);
            var k = round % 3 == 0 ? random.Next(1, count + 1) : random.Next(1, Math.Min(count, 64) + 1);
            var values = Enumerable.Range(0, count).Select(_ => random.Next(0, 60) / 8.0).ToArray();
            var expected = values.OrderDescending().ElementAt(k - 1);

            var ids = Enumerable.Range(0, count).OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected, TopK.KthHighest(values, ids, k));
            Assert.Equal(expected, TopK.KthLargest((double[])values.Clone(), k));
        }
    }

    [Fact]
    public void The_shape_index_finds_each_articles_shapes_and_refuses_a_damaged_order()
    {
        var terms = new Dictionary<string, int[]>(StringComparer.Ordinal) { ["催收"] = [0, 3] }.ToFrozenDictionary(StringComparer.Ordinal);
        var shapes = new SearchData.ShapeIndex([1, 1, 3, 3, 3], [2, 3, 2, 4, 1], terms);

        Assert.Equal((0, 2), shapes.Of(1));
        Assert.Equal((2, 2), shapes.Of(2)); // an article without shapes: an empty range
        Assert.Equal((2, 5), shapes.Of(3));
        Assert.Equal((0, 0), shapes.Of(4));
        Assert.Equal((0, 0), shapes.Of(-1));
        Assert.Equal((0, 0), new SearchData.ShapeIndex([], [], terms).Of(1));

        // As a damaged index file could give them: out of order, or an id no snapshot numbers. The loader rebuilds.
        Assert.Throws<InvalidDataException>(() => new SearchData.ShapeIndex([3, 1], [2, 2], terms));
        Assert.Throws<InvalidDataException>(() => new SearchData.ShapeIndex([-4, -2], [2, 2], terms));
        Assert.Throws<InvalidDataException>(() => new SearchData.ShapeIndex([1, int.MaxValue], [2, 2], terms));
    }

    /// <summary>Plain BM25 the obvious way: every list walked, every article scored, the best sorted out.</summary>
    internal static List<(int ArticleId, double Score)> FullWalk(SearchIndex index, string text, int count, RankingWeights weights)
    {
        var normalized = TextNormalizer.Normalize(QueryAnalyzer.Clean(text));
        var scores = new Dictionary<int, double>();
        var seen = new HashSet<SearchIndex.Postings>(ReferenceEqualityComparer.Instance);
        foreach (var (start, length) in ChineseTokenizer.Ranges(normalized))
        {
            if (index.Find(normalized.AsSpan(start, length)) is not { } postings || !seen.Add(postings))
            {
                continue;
            }

            var df = postings.Count;
            var idf = Math.Log(1 + ((index.ArticleCount - df + 0.5) / (df + 0.5)));
            for (var i = 0; i < postings.Docs.Length; i++)
            {
                var d = postings.Docs[i];
                double tf = postings.Counts[i];
                var norm = weights.K1 * (1 - weights.B + (weights.B * index.Lengths[d] / index.AverageLength));
                scores[d] = scores.GetValueOrDefault(d) + (idf * tf * (weights.K1 + 1) / (tf + norm));
            }
        }

        return scores.OrderByDescending(s => Math.Round(s.Value, 9)).ThenBy(s => s.Key).Take(count).Select(s => (s.Key, s.Value)).ToList();
    }
}
