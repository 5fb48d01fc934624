using System.Buffers;

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

        var values = ArrayPool<double>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                values[i] = relevance[candidates[i]];
            }

            var threshold = KthLargest(values.AsSpan(0, count), max);
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
        finally
        {
            ArrayPool<double>.Shared.Return(values);
        }
    }

    /// <summary>The <paramref name="k"/>-th largest value (1-based) by quickselect; reorders <paramref name="values"/>.</summary>
    private static double KthLargest(Span<double> values, int k)
    {
        var target = k - 1;
        int low = 0, high = values.Length - 1;
        while (low < high)
        {
            var pivot = values[low + ((high - low) >> 1)];
            int i = low, j = high;
            while (i <= j)
            {
                while (values[i] > pivot)
                {
                    i++;
                }

                while (values[j] < pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (target <= j)
            {
                high = j;
            }
            else if (target >= i)
            {
                low = i;
            }
            else
            {
                return values[target];
            }
        }

        return values[target];
    }
}
