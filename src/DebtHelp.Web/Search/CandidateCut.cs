namespace DebtHelp.Web.Search;

/// <summary>The top-k stop of <see cref="Ranker"/>: cuts a long candidate list down to its most relevant articles.</summary>
public static class CandidateCut
{
    /// <summary>Fewer candidates than one id in this many are sorted; more, and a pass over all ids is cheaper.</summary>
    private const int SortShare = 16;

    /// <summary>
    /// Puts the candidates in ascending id order at the front of <paramref name="candidates"/> and returns how many
    /// are kept: all of them when there are at most <paramref name="max"/>, otherwise those whose relevance is at
    /// least the <paramref name="max"/>-th highest (ties kept, so the cut never depends on the order found), the
    /// relevance of the others cleared.
    /// </summary>
    /// <param name="relevance">Per article id below <paramref name="idLimit"/>; above zero exactly for the candidates.</param>
    public static int KeepMostRelevant(double[] relevance, int idLimit, int[] candidates, int count, int max)
    {
        if (max <= 0 || count <= max)
        {
            Array.Sort(candidates, 0, count);
            return count;
        }

        var threshold = TopK.KthHighest(relevance, candidates.AsSpan(0, count), max);
        if (count * SortShare < idLimit)
        {
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

            Array.Sort(candidates, 0, kept);
            return kept;
        }

        // Many candidates: one pass over the ids gives the kept ones in order, with no sort.
        var next = 0;
        for (var d = 0; d < idLimit; d++)
        {
            if (relevance[d] >= threshold)
            {
                candidates[next++] = d;
            }
            else if (relevance[d] != 0)
            {
                relevance[d] = 0;
            }
        }

        return next;
    }
}
