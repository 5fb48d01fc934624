using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

        // Many candidates: one pass over the ids gives the kept ones in order, with no sort; four ids at a time, the
        // comparison and the clearing without a branch, only the kept ids looked at one by one.
        var next = 0;
        var id = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var at = Vector256.Create(threshold);
            ref var first = ref MemoryMarshal.GetArrayDataReference(relevance);
            for (; id + Vector256<double>.Count <= idLimit; id += Vector256<double>.Count)
            {
                var values = Vector256.LoadUnsafe(ref first, (nuint)id);
                var keep = Vector256.GreaterThanOrEqual(values, at);
                Vector256.BitwiseAnd(values, keep).StoreUnsafe(ref first, (nuint)id);
                for (var bits = keep.ExtractMostSignificantBits(); bits != 0; bits &= bits - 1)
                {
                    candidates[next++] = id + BitOperations.TrailingZeroCount(bits);
                }
            }
        }

        for (; id < idLimit; id++)
        {
            if (relevance[id] >= threshold)
            {
                candidates[next++] = id;
            }
            else if (relevance[id] != 0)
            {
                relevance[id] = 0;
            }
        }

        return next;
    }
}
