namespace DebtHelp.Web.Search;

public sealed partial class SearchIndex
{
    /// <summary>
    /// Term frequencies of one list (plain or field-weighted): a byte each when none is above 255 (most lists; at
    /// 10,000 generated articles about 22 MB less), two bytes otherwise. The same numbers either way. A hot loop reads
    /// <see cref="Narrow"/> or <see cref="Wide"/> as a whole, choosing once per list rather than per posting.
    /// </summary>
    public readonly struct Frequencies
    {
        private readonly byte[]? _narrow;
        private readonly ushort[]? _wide;

        private Frequencies(byte[]? narrow, ushort[]? wide)
        {
            _narrow = narrow;
            _wide = wide;
        }

        public int this[int i] => _narrow is { } narrow ? narrow[i] : _wide![i];

        public int Length => _narrow?.Length ?? _wide?.Length ?? 0;

        /// <summary>Whether the values are kept a byte each (<see cref="Narrow"/>), else two (<see cref="Wide"/>).</summary>
        public bool IsNarrow => _narrow is not null;

        public ReadOnlySpan<byte> Narrow => _narrow;

        public ReadOnlySpan<ushort> Wide => _wide;

        /// <summary>Keeps <paramref name="counts"/> in a byte each when they all fit (in a new array; on the pinned-object heap when <paramref name="pinned"/>).</summary>
        public static Frequencies Of(ReadOnlySpan<ushort> counts, bool pinned = false)
        {
            var max = 0;
            foreach (var c in counts)
            {
                max = Math.Max(max, c);
            }

            if (max > byte.MaxValue)
            {
                var wide = GC.AllocateUninitializedArray<ushort>(counts.Length, pinned);
                counts.CopyTo(wide);
                return new Frequencies(null, wide);
            }

            var narrow = GC.AllocateUninitializedArray<byte>(counts.Length, pinned);
            for (var i = 0; i < counts.Length; i++)
            {
                narrow[i] = (byte)counts[i];
            }

            return new Frequencies(narrow, null);
        }
    }
}
