using System.Numerics;

namespace DebtHelp.Web.Search;

/// <summary>
/// Where an article sits in a long postings list, in a few steps: a bit per article id, and per word of 64 ids the
/// number of articles before it. Ranking asks this for each candidate; a search by halving would take a dozen
/// unpredictable steps in a list that holds most of the corpus. Costs 3 bytes per 16 article ids
/// (1.9 KB per list at 10,000 articles), made only for the lists that hold a sixteenth of the ids or more.
/// </summary>
public sealed class DensePositions
{
    /// <summary>Lists shorter than the id range over this get no bits: a search in them is short, and the bits would cost more than the list.</summary>
    public const int MinShare = 16;

    private readonly ulong[] _bits;
    private readonly int[] _before;

    private DensePositions(ulong[] bits, int[] before)
    {
        _bits = bits;
        _before = before;
    }

    public static bool Worthwhile(int count, int idLimit) => (long)count * MinShare >= idLimit;

    public static DensePositions Of(int[] docs, int idLimit)
    {
        var bits = new ulong[(idLimit + 63) >> 6];
        foreach (var d in docs)
        {
            bits[d >> 6] |= 1UL << (d & 63);
        }

        var before = new int[bits.Length];
        var count = 0;
        for (var w = 0; w < bits.Length; w++)
        {
            before[w] = count;
            count += BitOperations.PopCount(bits[w]);
        }

        return new DensePositions(bits, before);
    }

    /// <summary>The position of article <paramref name="d"/> in the list, or -1 when the list does not hold it.</summary>
    public int PositionOf(int d)
    {
        var w = d >> 6;
        if ((uint)w >= (uint)_bits.Length)
        {
            return -1;
        }

        var word = _bits[w];
        var bit = 1UL << (d & 63);
        return (word & bit) == 0 ? -1 : _before[w] + BitOperations.PopCount(word & (bit - 1));
    }
}
