namespace DebtHelp.Web.Chinese;

/// <summary>
/// Splits normalised text into index terms: overlapping two-character pieces for runs of Chinese (a lone
/// character stays a term of its own), and whole words for runs of letters and digits.
/// </summary>
public static class ChineseTokenizer
{
    public readonly record struct Token(string Text, int Start);

    public static List<Token> Tokenize(string normalized)
    {
        var tokens = new List<Token>();
        var enumerator = new RangeEnumerator(normalized);
        while (enumerator.MoveNext())
        {
            var (start, length) = enumerator.Current;
            tokens.Add(new Token(normalized.Substring(start, length), start));
        }

        return tokens;
    }

    /// <summary>The same terms as <see cref="Tokenize"/> as positions in the text, without making a string of each.</summary>
    public static RangeEnumerator Ranges(string normalized) => new(normalized);

    public struct RangeEnumerator(string text)
    {
        private int _at;
        private int _pairEnd = -1;

        public (int Start, int Length) Current { get; private set; }

        public readonly RangeEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            // Inside a run of Chinese: the next overlapping pair.
            if (_pairEnd >= 0)
            {
                if (_at + 1 < _pairEnd)
                {
                    Current = (_at++, 2);
                    return true;
                }

                _at = _pairEnd;
                _pairEnd = -1;
            }

            while (_at < text.Length)
            {
                var c = text[_at];
                if (TextNormalizer.IsHan(c))
                {
                    var start = _at;
                    var end = _at;
                    while (end < text.Length && TextNormalizer.IsHan(text[end]))
                    {
                        end++;
                    }

                    if (end - start == 1)
                    {
                        _at = end;
                        Current = (start, 1);
                        return true;
                    }

                    _pairEnd = end;
                    Current = (start, 2);
                    _at = start + 1;
                    return true;
                }

                if (c != ' ' && TextNormalizer.IsWordChar(c))
                {
                    var start = _at;
                    while (_at < text.Length && text[_at] != ' ' && TextNormalizer.IsWordChar(text[_at]) && !TextNormalizer.IsHan(text[_at]))
                    {
                        _at++;
                    }

                    Current = (start, Math.Min(_at - start, 40));
                    return true;
                }

                _at++;
            }

            return false;
        }
    }
}
