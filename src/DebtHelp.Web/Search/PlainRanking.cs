using System.Buffers;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>
/// A second opinion for ranking: plain BM25 over every character pair of the question (filler and all) against
/// each article's whole text, no synonyms, no field weights. It finds the article whose body talks about what the
/// reader describes when no title or listed question does, where the concept ranking looks at the head fields
/// first; <see cref="MessageSearch"/> fuses the two by rank.
/// </summary>
public static class PlainRanking
{
    /// <summary>The best <paramref name="count"/> articles for <paramref name="text"/>, best first, with their BM25 scores.</summary>
    public static List<(int ArticleId, double Score)> Rank(SearchIndex index, string text, int count, RankingWeights weights)
    {
        var normalized = TextNormalizer.Normalize(QueryAnalyzer.Clean(text));
        var size = index.IdLimit;
        var scores = ArrayPool<double>.Shared.Rent(size);
        var touched = new List<int>();
        try
        {
            Array.Clear(scores, 0, size);
            var seen = new List<SearchIndex.Postings>();
            foreach (var (start, length) in ChineseTokenizer.Ranges(normalized))
            {
                // A term typed twice counts once (the postings object stands for its term).
                if (index.Find(normalized.AsSpan(start, length)) is not { } postings || seen.Contains(postings))
                {
                    continue;
                }

                seen.Add(postings);

                var df = postings.Count;
                var idf = Math.Log(1 + ((index.ArticleCount - df + 0.5) / (df + 0.5)));
                var docs = postings.Docs;
                var counts = postings.Counts;
                for (var i = 0; i < docs.Length; i++)
                {
                    var d = docs[i];
                    double tf = counts[i];
                    if (scores[d] == 0)
                    {
                        touched.Add(d);
                    }

                    scores[d] += idf * tf * (weights.K1 + 1) / (tf + (weights.K1 * (1 - weights.B + (weights.B * index.Lengths[d] / index.AverageLength))));
                }
            }

            var best = new PriorityQueue<int, double>(count + 1);
            foreach (var d in touched)
            {
                best.Enqueue(d, scores[d]);
                if (best.Count > count)
                {
                    best.Dequeue();
                }
            }

            var result = new List<(int ArticleId, double Score)>(best.Count);
            while (best.TryDequeue(out var d, out var score))
            {
                result.Add((d, score));
            }

            result.Reverse();
            return result;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
        }
    }
}
