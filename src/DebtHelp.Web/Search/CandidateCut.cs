namespace DebtHelp.Web.Search;

/// <summary>The top-k stop of <see cref="Ranker"/>: cuts a long candidate list down to its most relevant articles.</summary>
public static class CandidateCut
{
    /// <summary>
    /// When there are more than <paramref name="max"/> candidates, keeps those whose relevance is at least the
    /// <paramref name="max"/>-th highest (ties kept, so the cut never depends on the order found) at the front of
    /// <paramref name="candidates"/>, clears the relevance of the others, and returns how many are kept.
    /// </summary>
    public static int KeepMostRelevant(double[] relevance, int[] candidates, int count, int max)
    {
        if (max <= 0 || count <= max)
        {
            return count;
        }

        var threshold = TopK.KthHighest(relevance, candidates.AsSpan(0, count), max);
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var d = candidates[i];
            if (relevance[d] >= threshold)
            {
                candidates[kept++] = d;
            }
            else
            {
                relevance[d] = 0;
            }
        }

        return kept;
    }
}
