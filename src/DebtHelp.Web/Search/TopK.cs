using System.Buffers;

namespace DebtHelp.Web.Search;

/// <summary>Selection for the top-k stops of ranking (<see cref="CandidateCut"/>, <see cref="ConceptScores"/>, <see cref="PlainRanking"/>).</summary>
public static class TopK
{
    /// <summary>The <paramref name="k"/>-th highest of <paramref name="values"/> over <paramref name="ids"/> (1-based; the lowest when there are fewer).</summary>
    public static double KthHighest(double[] values, ReadOnlySpan<int> ids, int k)
    {
        if (ids.Length == 0)
        {
            return 0;
        }

        var copy = ArrayPool<double>.Shared.Rent(ids.Length);
        try
        {
            for (var i = 0; i < ids.Length; i++)
            {
                copy[i] = values[ids[i]];
            }

            return KthLargest(copy.AsSpan(0, ids.Length), Math.Min(k, ids.Length));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(copy);
        }
    }

    /// <summary>The <paramref name="k"/>-th largest value (1-based, at most the count) by quickselect; reorders <paramref name="values"/>.</summary>
    public static double KthLargest(Span<double> values, int k)
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
