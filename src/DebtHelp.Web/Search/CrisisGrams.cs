namespace DebtHelp.Web.Search;

/// <summary>
/// The features <see cref="CrisisModel"/> reads: every 1-, 2- and 3-character piece of a message as the detector
/// reads it (normalised, pinyin spelled, clauses joined by '|', which normalised text never holds, and '|' at both
/// ends), a '|' allowed only at a piece's edge so that "|想死" says a clause begins there and no piece spans two clauses.
/// One enumerator for the trainer (bench/CrisisModelTrainer) and the site, so both read a message the same way.
/// </summary>
internal ref struct CrisisGrams
{
    public const char Boundary = '|';

    private const int Longest = 3;

    private readonly ReadOnlySpan<char> _text;
    private int _start;
    private int _length;

    /// <param name="text">Clauses joined and wrapped by <see cref="Boundary"/>, as <see cref="Join"/> writes them.</param>
    public CrisisGrams(ReadOnlySpan<char> text)
    {
        _text = text;
        _start = 0;
        _length = 0;
    }

    public readonly ReadOnlySpan<char> Current => _text.Slice(_start, _length);

    /// <summary>The number of characters <see cref="Join"/> writes for these clauses.</summary>
    public static int JoinedLength(string[] clauses)
    {
        var length = clauses.Length + 1;
        foreach (var clause in clauses)
        {
            length += clause.Length;
        }

        return length;
    }

    /// <summary>Writes "|clause|clause|" into <paramref name="into"/> and returns how much of it was written.</summary>
    public static int Join(string[] clauses, Span<char> into)
    {
        var at = 0;
        into[at++] = Boundary;
        foreach (var clause in clauses)
        {
            clause.AsSpan().CopyTo(into[at..]);
            at += clause.Length;
            into[at++] = Boundary;
        }

        return at;
    }

    public readonly CrisisGrams GetEnumerator() => this;

    public bool MoveNext()
    {
        while (true)
        {
            if (_length < Longest && _start + _length < _text.Length)
            {
                _length++;
            }
            else if (++_start < _text.Length)
            {
                _length = 1;
            }
            else
            {
                return false;
            }

            // A boundary may open or close a piece, never stand alone or sit inside one.
            if (_length == 1 ? _text[_start] != Boundary : _text.Slice(_start + 1, _length - 2).IndexOf(Boundary) < 0)
            {
                return true;
            }
        }
    }
}
