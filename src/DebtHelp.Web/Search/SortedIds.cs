namespace DebtHelp.Web.Search;

/// <summary>Searching an ascending array of article ids (a postings list).</summary>
public static class SortedIds
{
    /// <summary>
    /// The first position at or after <paramref name="from"/> whose id is not below <paramref name="target"/>
    /// (galloping, then halving): a long list is stepped over in the gaps of a short one, not walked.
    /// </summary>
    public static int Seek(int[] docs, int from, int target)
    {
        if (from >= docs.Length || docs[from] >= target)
        {
            return from;
        }

        var bound = 1;
        while (from + bound < docs.Length && docs[from + bound] < target)
        {
            bound <<= 1;
        }

        var low = from + (bound >> 1) + 1;
        var high = Math.Min(from + bound, docs.Length);
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (docs[middle] < target)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
