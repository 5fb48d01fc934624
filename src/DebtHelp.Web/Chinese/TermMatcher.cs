using System.Buffers;
using System.Runtime.CompilerServices;

namespace DebtHelp.Web.Chinese;

/// <summary>
/// Finds where a query's words occur in a passage in one pass over the passage, instead of one search per word:
/// a result page looks for some forty words in each of its passages, and most positions of a passage start none of
/// them. A bit per hashed first two characters (one per character for one-character words) rules a position out;
/// only the words filed under a position's characters are compared there. Word i keeps index i (an empty word is
/// never found).
/// </summary>
public sealed class TermMatcher
{
    private const int FilterBits = 8192;

    private readonly string[] _words;
    private readonly ulong[] _pairFilter = new ulong[FilterBits / 64];
    private readonly ulong[]? _charFilter;
    private readonly Dictionary<int, int[]> _byPair = [];
    private readonly Dictionary<char, int[]>? _byChar;

    public TermMatcher(IEnumerable<string> words)
    {
        _words = [.. words];
        var pairs = new Dictionary<int, List<int>>();
        Dictionary<char, List<int>>? chars = null;
        for (var i = 0; i < _words.Length; i++)
        {
            var word = _words[i];
            if (word.Length == 0)
            {
                continue;
            }

            if (word.Length == 1)
            {
                chars ??= [];
                Add(chars, word[0], i);
                continue;
            }

            var key = Key(word[0], word[1]);
            Add(pairs, key, i);
            Set(_pairFilter, Hash(key));
        }

        foreach (var (key, list) in pairs)
        {
            _byPair[key] = [.. list];
        }

        if (chars is not null)
        {
            _charFilter = new ulong[FilterBits / 64];
            _byChar = [];
            foreach (var (c, list) in chars)
            {
                _byChar[c] = [.. list];
                Set(_charFilter, c);
            }
        }
    }

    /// <summary>
    /// Marks every occurrence of every word, each word's occurrences taken from the left without overlapping one
    /// another (as repeated <see cref="string.IndexOf(string, int, StringComparison)"/> from the end of the last would).
    /// </summary>
    public void Mark(string text, Span<bool> marked)
    {
        var marker = new Marker(marked);
        Walk(text, ref marker);
    }

    /// <summary>
    /// Every occurrence of every word as (word, position), ordered by word and then position, each word's occurrences
    /// taken as <see cref="Mark"/> takes them: what looking for each word in turn from the left would find.
    /// </summary>
    public List<(int Word, int At)> Occurrences(string text)
    {
        var collector = new Collector([]);
        Walk(text, ref collector);
        collector.Found.Sort();
        return collector.Found;
    }

    private interface ITaker
    {
        void Take(int word, int at, int length);
    }

    private readonly ref struct Marker(Span<bool> marked) : ITaker
    {
        private readonly Span<bool> _marked = marked;

        public void Take(int word, int at, int length) => _marked.Slice(at, length).Fill(true);
    }

    private readonly struct Collector(List<(int Word, int At)> found) : ITaker
    {
        public List<(int Word, int At)> Found { get; } = found;

        public void Take(int word, int at, int length) => Found.Add((word, at));
    }

    /// <summary>Hands each occurrence a word's left-to-right, non-overlapping search would find to <paramref name="taker"/>, in text order.</summary>
    private void Walk<T>(string text, ref T taker)
        where T : ITaker, allows ref struct
    {
        var rented = ArrayPool<int>.Shared.Rent(_words.Length);
        try
        {
            var next = rented.AsSpan(0, _words.Length);
            next.Clear();
            for (var at = NextCandidate(text, 0); at < text.Length; at = NextCandidate(text, at + 1))
            {
                foreach (var w in At(text, at))
                {
                    if (at >= next[w])
                    {
                        taker.Take(w, at, _words[w].Length);
                        next[w] = at + _words[w].Length;
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The first place at or after <paramref name="from"/> where a word may start (the filters say so), or the
    /// text's length. Most places fail both filters, so this loop is the matcher's cost.
    /// </summary>
    private int NextCandidate(string text, int from)
    {
        var span = text.AsSpan();
        var pairs = _pairFilter;
        var chars = _charFilter;
        var last = span.Length - 1;
        for (var at = from; at < last; at++)
        {
            if (IsSet(pairs, Hash(Key(span[at], span[at + 1]))) || (chars is not null && IsSet(chars, span[at])))
            {
                return at;
            }
        }

        return last >= from && last >= 0 && chars is not null && IsSet(chars, span[last]) ? last : span.Length;
    }

    /// <summary>The words that occur at <paramref name="at"/>.</summary>
    private Matches At(string text, int at)
    {
        var c = text[at];
        int[]? single = null;
        if (_charFilter is not null && IsSet(_charFilter, c))
        {
            _byChar!.TryGetValue(c, out single);
        }

        int[]? pair = null;
        if (at + 1 < text.Length)
        {
            var key = Key(c, text[at + 1]);
            if (IsSet(_pairFilter, Hash(key)))
            {
                _byPair.TryGetValue(key, out pair);
            }
        }

        return new Matches(this, text, at, single, pair);
    }

    private ref struct Matches(TermMatcher matcher, string text, int at, int[]? single, int[]? pair)
    {
        private int _index = -1;
        private bool _inPairs = single is null;

        public readonly Matches GetEnumerator() => this;

        public readonly int Current => _inPairs ? pair![_index] : single![_index];

        public bool MoveNext()
        {
            if (!_inPairs)
            {
                if (++_index < single!.Length)
                {
                    return true;
                }

                _inPairs = true;
                _index = -1;
            }

            if (pair is null)
            {
                return false;
            }

            while (++_index < pair.Length)
            {
                if (text.AsSpan(at).StartsWith(matcher._words[pair[_index]], StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Key(char first, char second) => (first << 16) | second;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(int key) => (int)((uint)(key * -1640531535) >> 19);

    private static void Set(ulong[] filter, int bit) => filter[(bit & (FilterBits - 1)) >> 6] |= 1UL << (bit & 63);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSet(ulong[] filter, int bit) => (filter[(bit & (FilterBits - 1)) >> 6] & (1UL << (bit & 63))) != 0;

    private static void Add<TKey>(Dictionary<TKey, List<int>> lists, TKey key, int index)
        where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(index);
    }
}
