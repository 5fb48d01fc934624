using System.Buffers;

namespace DebtHelp.Web.Search;

/// <summary>
/// Step 2 of <see cref="Ranker"/>: each concept of the question scores a candidate by the best field that holds it.
/// </summary>
/// <remarks>
/// Exact top-k stop. The heaviest concepts are looked up first; after each, a candidate whose score could not
/// reach the k-th best even with every concept left in its title is dropped, so the lighter concepts are looked up
/// for fewer candidates. The sums themselves are made at the end in the question's own concept order, so every
/// kept candidate's score is the same number the plain loop over all concepts gives.
/// </remarks>
public static class ConceptScores
{
    /// <summary>Allowance for rounding in the bounds (scores are between 0 and 2): a candidate is dropped only when clearly out.</summary>
    private const double Margin = 1e-9;

    /// <summary>
    /// Fills <paramref name="fields"/> (Σ weight · strength over the concepts, in their order) for the candidates that
    /// can reach the best <paramref name="limit"/>, moves those to the front of <paramref name="candidates"/> (still
    /// ascending) and returns how many they are.
    /// </summary>
    /// <param name="known">Per article: the part of its final score known before the concepts.</param>
    /// <param name="fieldsFactor">What one unit of Σ weight · strength adds to the final score.</param>
    /// <param name="conceptWeights">Per concept of <paramref name="query"/>, its weight (<see cref="QueryReader.Weight"/>).</param>
    public static int Score(SearchIndex index, AnalyzedQuery query, double[] conceptWeights, double[] relevance, int[] candidates, int count,
        double[] known, double fieldsFactor, int limit, double[] fields, RankingWeights weights)
    {
        var concepts = query.Concepts;
        // The bounds assume a concept can only add to a score.
        if (count <= weights.ConceptStopMinCandidates || fieldsFactor < 0)
        {
            AllConcepts(index, query, conceptWeights, relevance, candidates.AsSpan(0, count), fields, weights);
            return count;
        }

        // Heaviest first (stable); what is left after each, at the title's strength, bounds what a candidate can still gain.
        var order = Enumerable.Range(0, concepts.Count).Where(c => conceptWeights[c] > 0).OrderByDescending(c => conceptWeights[c]).ToArray();
        var left = new double[order.Length + 1];
        for (var i = order.Length - 1; i >= 0; i--)
        {
            left[i] = left[i + 1] + (conceptWeights[order[i]] * weights.TitleStrength);
        }

        var slots = order.Length;
        var size = index.IdLimit;
        var slot = ArrayPool<int>.Shared.Rent(size);
        var strengths = ArrayPool<double>.Shared.Rent(Math.Max(1, count * slots));
        var strength = ArrayPool<double>.Shared.Rent(size);
        var bound = ArrayPool<double>.Shared.Rent(size);
        var touched = new List<int>(count);
        try
        {
            Array.Clear(strengths, 0, count * slots);
            for (var i = 0; i < count; i++)
            {
                var d = candidates[i];
                slot[d] = i;
                strength[d] = 0;
                bound[d] = 0;
            }

            var alive = count;
            for (var o = 0; o < order.Length; o++)
            {
                if (alive > limit && o > 0)
                {
                    alive = DropHopeless(candidates, alive, known, bound, fieldsFactor, left[o], limit);
                }

                var c = order[o];
                var aliveIds = candidates.AsSpan(0, alive);
                foreach (var alternative in concepts[c].Alternatives)
                {
                    ConceptCover.Add(index, alternative, relevance, aliveIds, strength, touched, weights);
                }

                foreach (var d in touched)
                {
                    strengths[(slot[d] * slots) + o] = strength[d];
                    bound[d] += conceptWeights[c] * strength[d];
                    strength[d] = 0;
                }

                touched.Clear();
            }

            // The sums in the question's concept order, as the plain loop makes them.
            var position = new int[concepts.Count];
            for (var o = 0; o < order.Length; o++)
            {
                position[order[o]] = o;
            }

            foreach (var d in candidates.AsSpan(0, alive))
            {
                var row = slot[d] * slots;
                var sum = 0.0;
                for (var c = 0; c < concepts.Count; c++)
                {
                    if (conceptWeights[c] > 0 && strengths[row + position[c]] is var s and > 0)
                    {
                        sum += conceptWeights[c] * s;
                    }
                }

                fields[d] = sum;
            }

            return alive;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(slot);
            ArrayPool<double>.Shared.Return(strengths);
            ArrayPool<double>.Shared.Return(strength);
            ArrayPool<double>.Shared.Return(bound);
        }
    }

    /// <summary>Every concept for every candidate, in the question's order: few candidates cost less so than sorted out.</summary>
    private static void AllConcepts(SearchIndex index, AnalyzedQuery query, double[] conceptWeights, double[] relevance, ReadOnlySpan<int> candidates,
        double[] fields, RankingWeights weights)
    {
        var strength = ArrayPool<double>.Shared.Rent(index.IdLimit);
        var touched = new List<int>(candidates.Length);
        try
        {
            foreach (var d in candidates)
            {
                strength[d] = 0;
                fields[d] = 0;
            }

            for (var c = 0; c < query.Concepts.Count; c++)
            {
                if (conceptWeights[c] <= 0)
                {
                    continue;
                }

                foreach (var alternative in query.Concepts[c].Alternatives)
                {
                    ConceptCover.Add(index, alternative, relevance, candidates, strength, touched, weights);
                }

                foreach (var d in touched)
                {
                    fields[d] += conceptWeights[c] * strength[d];
                    strength[d] = 0;
                }

                touched.Clear();
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(strength);
        }
    }

    /// <summary>Keeps (in order) the candidates whose best possible score reaches the k-th best score already certain.</summary>
    private static int DropHopeless(int[] candidates, int alive, double[] known, double[] bound, double fieldsFactor, double left, int limit)
    {
        // Each candidate's certain score, and a copy for the selection to reorder.
        var certain = ArrayPool<double>.Shared.Rent(2 * alive);
        try
        {
            for (var i = 0; i < alive; i++)
            {
                var d = candidates[i];
                certain[i] = known[d] + (fieldsFactor * bound[d]);
            }

            Array.Copy(certain, 0, certain, alive, alive);
            var reach = TopK.KthLargest(certain.AsSpan(alive, alive), limit) - (fieldsFactor * left) - Margin;
            var kept = 0;
            for (var i = 0; i < alive; i++)
            {
                if (certain[i] >= reach)
                {
                    candidates[kept++] = candidates[i];
                }
            }

            return kept;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(certain);
        }
    }
}
