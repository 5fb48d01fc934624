using System.Buffers;
using System.Numerics;

namespace DebtHelp.Web.Search;

/// <summary>
/// Scores the candidates of one question: BM25 relevance over the lookup terms' postings, the concepts each covers
/// (and in which field), and closeness to a title or listed question. The work is a pass over the postings into
/// pooled per-article arrays. Returns the best few, best first.
/// </summary>
public static class Ranker
{
    private const SearchIndex.Field Head = SearchIndex.Field.Title | SearchIndex.Field.Questions | SearchIndex.Field.Lead;

    public static List<(int ArticleId, double Score)> Rank(
        SearchData data, AnalyzedQuery query, string display, List<(string Term, SearchIndex.Postings Postings)> lookup, int limit, RankingWeights weights)
    {
        var index = data.Index;
        var size = index.IdLimit;
        var relevance = ArrayPool<double>.Shared.Rent(size);
        var fields = ArrayPool<double>.Shared.Rent(size);
        var similarity = ArrayPool<double>.Shared.Rent(size);
        var known = ArrayPool<double>.Shared.Rent(size);
        var overlap = ArrayPool<int>.Shared.Rent(Math.Max(1, data.Shapes.Count));
        // One spare slot: Add writes the next id before it knows whether it counts.
        var candidates = ArrayPool<int>.Shared.Rent(size + 1);
        try
        {
            Array.Clear(relevance, 0, size);
            Array.Clear(similarity, 0, size);
            Array.Clear(overlap, 0, data.Shapes.Count);
            var candidateCount = 0;

            // 1. Candidates and their BM25 relevance (field-weighted term frequency, length-normalised). Articles
            //    holding a term in their title, questions, summary or headings come first; a term only in the
            //    body makes an article a candidate when those give few.
            foreach (var (_, postings) in lookup)
            {
                Relevance(index, postings, relevance, candidates, ref candidateCount, headOnly: true, weights);
            }

            if (candidateCount < weights.MinHeadCandidates)
            {
                foreach (var (_, postings) in lookup)
                {
                    Relevance(index, postings, relevance, candidates, ref candidateCount, headOnly: false, weights);
                }
            }

            // On a large collection the common pairs make most articles candidates: keep the most relevant (in id order).
            candidateCount = CandidateCut.KeepMostRelevant(relevance, size, candidates, candidateCount, weights.MaxConceptCandidates);
            var candidateIds = candidates.AsSpan(0, candidateCount);
            // 2. Closeness to the title or a listed question (Dice over their shapes), for the candidates only (the
            //    final score is theirs).
            Similarity(data, SearchData.Shape(display, data.Synonyms), candidateIds, overlap, similarity);

            // 3. Each concept scores by the best field that holds it. Weights depend on the query only.
            var conceptWeights = new double[query.Concepts.Count];
            var totalWeight = 0.0;
            for (var c = 0; c < conceptWeights.Length; c++)
            {
                conceptWeights[c] = QueryReader.Weight(query.Concepts[c], index, weights);
                totalWeight += conceptWeights[c];
            }

            var maxRelevance = 0.0;
            foreach (var d in candidateIds)
            {
                maxRelevance = Math.Max(maxRelevance, relevance[d]);
            }

            var fieldsScale = totalWeight > 0 ? 1 / (weights.TitleStrength * totalWeight) : 0;
            var relevanceShare = 1 - weights.FieldsShare - weights.SimilarityShare;
            foreach (var d in candidateIds)
            {
                known[d] = (weights.SimilarityShare * similarity[d]) + (relevanceShare * (maxRelevance > 0 ? relevance[d] / maxRelevance : 0));
            }

            candidateCount = ConceptScores.Score(index, query, conceptWeights, relevance, candidates, candidateCount, known,
                weights.FieldsShare * fieldsScale, limit, fields, weights);

            // 4. The final score and the best few.
            var best = new List<(int ArticleId, double Score)>(limit + 1);
            foreach (var d in candidates.AsSpan(0, candidateCount))
            {
                var score = (weights.FieldsShare * fields[d] * fieldsScale) + (weights.SimilarityShare * similarity[d])
                    + ((1 - weights.FieldsShare - weights.SimilarityShare) * (maxRelevance > 0 ? relevance[d] / maxRelevance : 0));
                Keep(best, d, score, limit);
            }

            return best;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(relevance);
            ArrayPool<double>.Shared.Return(fields);
            ArrayPool<double>.Shared.Return(similarity);
            ArrayPool<double>.Shared.Return(known);
            ArrayPool<int>.Shared.Return(overlap);
            ArrayPool<int>.Shared.Return(candidates);
        }
    }

    /// <summary>
    /// Each candidate's best Dice closeness between <paramref name="shape"/> and one of its shapes. The candidates'
    /// shapes are marked in a bit set; the shapes' lists of each term are then counted through without a branch (an
    /// unmarked shape adds zero), and each candidate's own shapes are read and their counts cleared.
    /// </summary>
    private static void Similarity(SearchData data, HashSet<string> shape, ReadOnlySpan<int> candidates, int[] overlap, double[] similarity)
    {
        var shapes = data.Shapes;
        var words = (shapes.Count + 63) >> 6;
        var marked = ArrayPool<ulong>.Shared.Rent(Math.Max(1, words));
        try
        {
            Array.Clear(marked, 0, words);
            foreach (var d in candidates)
            {
                var (first, end) = shapes.Of(d);
                for (var s = first; s < end; s++)
                {
                    marked[s >> 6] |= 1UL << (s & 63);
                }
            }

            foreach (var term in shape)
            {
                if (shapes.Holding(term) is not { } holding)
                {
                    continue;
                }

                foreach (var s in holding)
                {
                    overlap[s] += (int)((marked[s >> 6] >> (s & 63)) & 1);
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(marked);
        }

        var sizes = shapes.Sizes;
        foreach (var d in candidates)
        {
            var (first, end) = shapes.Of(d);
            for (var s = first; s < end; s++)
            {
                if (overlap[s] > 0)
                {
                    similarity[d] = Math.Max(similarity[d], 2.0 * overlap[s] / (shape.Count + sizes[s]));
                    overlap[s] = 0;
                }
            }
        }
    }

    private static void Relevance(SearchIndex index, SearchIndex.Postings postings, double[] relevance, int[] candidates, ref int count, bool headOnly, RankingWeights weights)
    {
        // The width of the frequencies is chosen once per list, and the loop is made for each (no test per posting).
        if (postings.Weighted.IsNarrow)
        {
            Relevance(index, postings, postings.Weighted.Narrow, relevance, candidates, ref count, headOnly, weights);
        }
        else
        {
            Relevance(index, postings, postings.Weighted.Wide, relevance, candidates, ref count, headOnly, weights);
        }
    }

    private static void Relevance<T>(SearchIndex index, SearchIndex.Postings postings, ReadOnlySpan<T> weighted, double[] relevance, int[] candidates, ref int count,
        bool headOnly, RankingWeights weights)
        where T : unmanaged, IBinaryInteger<T>
    {
        var idf = index.Bm25Idf(postings.Count);
        var docs = postings.Docs;
        var masks = postings.Masks;
        var norms = index.Bm25Norms(weights.K1, weights.B);
        var k1Plus1 = weights.K1 + 1;
        if (headOnly)
        {
            // First pass: the matches in the head fields, from their own list of positions.
            foreach (var i in postings.HeadPositions)
            {
                Add(docs[i], double.CreateTruncating(weighted[i]), relevance, candidates, ref count, idf, k1Plus1, norms);
            }

            return;
        }

        // Second pass: the body-only matches left out by the first.
        for (var i = 0; i < docs.Length; i++)
        {
            if ((masks[i] & Head) == 0)
            {
                Add(docs[i], double.CreateTruncating(weighted[i]), relevance, candidates, ref count, idf, k1Plus1, norms);
            }
        }
    }

    /// <remarks>
    /// Without a branch on whether <paramref name="d"/> is new: the id is written at the end of the list and counted
    /// only if it was (a first match is as likely as not, so a branch would be mispredicted every other posting).
    /// </remarks>
    private static void Add(int d, double tf, double[] relevance, int[] candidates, ref int count, double idf, double k1Plus1, double[] norms)
    {
        var known = relevance[d];
        candidates[count] = d;
        count += known == 0 ? 1 : 0;
        relevance[d] = known + (idf * tf * k1Plus1 / (tf + norms[d]));
    }

    /// <summary>Keeps the <paramref name="limit"/> best scores in order (ties: lower article id first).</summary>
    private static void Keep(List<(int ArticleId, double Score)> best, int articleId, double score, int limit)
    {
        if (best.Count == limit && !Better(score, articleId, best[^1]))
        {
            return;
        }

        var at = best.Count;
        while (at > 0 && Better(score, articleId, best[at - 1]))
        {
            at--;
        }

        best.Insert(at, (articleId, score));
        if (best.Count > limit)
        {
            best.RemoveAt(best.Count - 1);
        }
    }

    private static bool Better(double score, int articleId, (int ArticleId, double Score) other) =>
        score > other.Score || (score == other.Score && articleId < other.ArticleId);
}
