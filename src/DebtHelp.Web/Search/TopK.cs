using System.Buffers;

namespace DebtHelp.Web.Search;

/// <summary>Selection for the top-k stops of ranking (<see cref="CandidateCut"/>, <see cref="ConceptScores"/>, <see cref="PlainRanking"/>).</summary>
/// <remarks>
/// A small k among many values (the stops ask for the 30th best of a thousand, once per concept or pair) is found
/// with a heap of the k best seen so far: one comparison per value, rarely more, where quickselect partitions the
/// whole list a few times over. Either way the answer is the same number.
/// </remarks>
public static class TopK
{
    /// <summary>Largest k kept in a heap (on the stack).</summary>
    private const int HeapLimit = 64;

    private static bool ByHeap(int count, int k) => k is > 0 and <= HeapLimit && count > 4 * k;

    /// <summary>Makes <paramref name="heap"/> a min-heap (its smallest value first).</summary>
    private static void Heapify(Span<double> heap)
    {
        for (var i = (heap.Length / 2) - 1; i >= 0; i--)
        {
            SiftDown(heap, i);
        }
    }

    /// <summary>Keeps <paramref name="value"/> among the heap's values if it beats the smallest of them.</summary>
    private static void Offer(Span<double> heap, double value)
    {
        if (value > heap[0])
        {
            heap[0] = value;
            SiftDown(heap, 0);
        }
    }

    private static void SiftDown(Span<double> heap, int at)
    {
        var value = heap[at];
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= heap.Length)
            {
                break;
            }

            if (child + 1 < heap.Length && heap[child + 1] < heap[child])
            {
                child++;
            }

            if (heap[child] >= value)
            {
                break;
            }

            heap[at] = heap[child];
            at = child;
        }

        heap[at] = value;
    }

    /// <summary>The <paramref name="k"/>-th highest of <paramref name="values"/> over <paramref name="ids"/> (1-based; the lowest when there are fewer).</summary>
    public static double KthHighest(double[] values, ReadOnlySpan<int> ids, int k)
    {
        if (ids.Length == 0)
        {
            return 0;
        }

        if (ByHeap(ids.Length, k))
        {
            Span<double> heap = stackalloc double[k];
            for (var i = 0; i < k; i++)
            {
                heap[i] = values[ids[i]];
            }

            Heapify(heap);
            for (var i = k; i < ids.Length; i++)
            {
                Offer(heap, values[ids[i]]);
            }

            return heap[0];
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
        if (ByHeap(values.Length, k))
        {
            Span<double> heap = stackalloc double[k];
            values[..k].CopyTo(heap);
            Heapify(heap);
            foreach (var value in values[k..])
            {
                Offer(heap, value);
            }

            return heap[0];
        }

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
