using System.Buffers;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>
/// A second opinion for ranking: plain BM25 over every character pair of the question (filler and all) against
/// each article's whole text, no synonyms, no field weights. It finds the article whose body talks about what the
/// reader describes when no title or listed question does, where the concept ranking looks at the head fields
/// first; <see cref="MessageSearch"/> fuses the two by rank.
/// </summary>
/// <remarks>
/// Exact top-k without walking every list: the rarest pairs are added first; once the pairs left could not lift an
/// article nobody has matched yet above the k-th best so far (each pair adds less than idf · (k1 + 1)), the common
/// pairs' long lists are only looked up for the articles that can still reach the top, fewer with every pair as
/// the k-th best rises and less is left to add.
/// </remarks>
public static class PlainRanking
{
    /// <summary>Allowance for rounding in the bounds (a sum of a few dozen terms): an article is dropped only when clearly out.</summary>
    private const double Margin = 1e-9;

    /// <summary>The best <paramref name="count"/> articles for <paramref name="text"/>, best first, with their BM25 scores (ties: lower id first).</summary>
    public static List<(int ArticleId, double Score)> Rank(SearchIndex index, string text, int count, RankingWeights weights)
    {
        var normalized = TextNormalizer.Normalize(QueryAnalyzer.Clean(text));
        var terms = new List<(SearchIndex.Postings Postings, double Idf)>();
        foreach (var (start, length) in ChineseTokenizer.Ranges(normalized))
        {
            // A term typed twice counts once (the postings object stands for its term).
            if (index.Find(normalized.AsSpan(start, length)) is { } postings && !terms.Exists(t => ReferenceEquals(t.Postings, postings)))
            {
                var df = postings.Count;
                terms.Add((postings, Math.Log(1 + ((index.ArticleCount - df + 0.5) / (df + 0.5)))));
            }
        }

        // Rarest first (stable, so equal ones keep the question's order).
        var ordered = terms.Select((t, i) => (t.Postings, t.Idf, i)).OrderByDescending(t => t.Idf).ThenBy(t => t.i).ToList();
        var k1Plus1 = weights.K1 + 1;
        var left = new double[ordered.Count + 1];
        for (var t = ordered.Count - 1; t >= 0; t--)
        {
            left[t] = left[t + 1] + (ordered[t].Idf * k1Plus1);
        }

        var norms = index.Bm25Norms(weights.K1, weights.B);
        var scores = ArrayPool<double>.Shared.Rent(index.IdLimit);
        // Every article a pair touches, in the order first touched (at most every article).
        // One spare slot: the walk writes the next id before it knows whether it counts.
        var touched = ArrayPool<int>.Shared.Rent(index.IdLimit + 1);
        var touchedCount = 0;
        int[]? alive = null;
        var aliveCount = 0;
        try
        {
            Array.Clear(scores, 0, index.IdLimit);
            var best = 0.0;
            for (var t = 0; t < ordered.Count; t++)
            {
                var (postings, idf, _) = ordered[t];
                // Nobody new can reach the top once what is left adds less than the k-th best score so far.
                if (alive is null && touchedCount >= count && left[t] < best
                    && TopK.KthHighest(scores, touched.AsSpan(0, touchedCount), count) is var kth && left[t] < kth)
                {
                    // The touched articles become the ones still alive, narrowed in place from here on.
                    alive = touched;
                    aliveCount = touchedCount;
                }

                var docs = postings.Docs;
                var counts = postings.Counts;
                if (alive is null)
                {
                    for (var i = 0; i < docs.Length; i++)
                    {
                        // No branch on whether the article is new (as likely as not): its id is counted only if so.
                        var d = docs[i];
                        var known = scores[d];
                        touched[touchedCount] = d;
                        touchedCount += known == 0 ? 1 : 0;
                        double tf = counts[i];
                        var score = known + (idf * tf * k1Plus1 / (tf + norms[d]));
                        scores[d] = score;
                        best = Math.Max(best, score);
                    }

                    continue;
                }

                // Only the articles that can still reach the k-th best so far (it only rises): looked up in the
                // list, not walked through it.
                aliveCount = StillInReach(scores, alive, aliveCount, count, left[t]);
                var dense = DensePositions.Worthwhile(docs.Length, index.IdLimit) ? postings.Dense : null;
                for (var i = 0; i < aliveCount; i++)
                {
                    var d = alive[i];
                    var at = dense is null ? Array.BinarySearch(docs, d) : dense.PositionOf(d);
                    if (at >= 0)
                    {
                        double tf = counts[at];
                        scores[d] += idf * tf * k1Plus1 / (tf + norms[d]);
                    }
                }
            }

            return alive is null ? Top(scores, touched.AsSpan(0, touchedCount), count) : Top(scores, alive.AsSpan(0, aliveCount), count);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<int>.Shared.Return(touched);
        }
    }

    /// <summary>Keeps (in order) the articles whose score plus what is <paramref name="left"/> reaches the k-th best score so far.</summary>
    private static int StillInReach(double[] scores, int[] alive, int aliveCount, int count, double left)
    {
        var reach = TopK.KthHighest(scores, alive.AsSpan(0, aliveCount), count) - left - Margin;
        var kept = 0;
        for (var i = 0; i < aliveCount; i++)
        {
            var d = alive[i];
            if (scores[d] >= reach)
            {
                alive[kept++] = d;
            }
        }

        return kept;
    }

    private static List<(int ArticleId, double Score)> Top(double[] scores, ReadOnlySpan<int> touched, int count)
    {
        // Worst first out of the queue: lower score, then higher id.
        var best = new PriorityQueue<int, (double Score, int Id)>(count + 1, WorstFirst.Instance);
        foreach (var d in touched)
        {
            best.Enqueue(d, (scores[d], d));
            if (best.Count > count)
            {
                best.Dequeue();
            }
        }

        var result = new List<(int ArticleId, double Score)>(best.Count);
        while (best.TryDequeue(out var d, out var priority))
        {
            result.Add((d, priority.Score));
        }

        result.Reverse();
        return result;
    }

    private sealed class WorstFirst : IComparer<(double Score, int Id)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Score, int Id) x, (double Score, int Id) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Id.CompareTo(x.Id);
    }
}
