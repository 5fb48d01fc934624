namespace DebtHelp.Web.Search;

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
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (TextNormalizer.IsHan(c))
            {
                var start = i;
                while (i < normalized.Length && TextNormalizer.IsHan(normalized[i]))
                {
                    i++;
                }

                if (i - start == 1)
                {
                    tokens.Add(new Token(normalized.Substring(start, 1), start));
                }
                else
                {
                    for (var j = start; j + 1 < i; j++)
                    {
                        tokens.Add(new Token(normalized.Substring(j, 2), j));
                    }
                }
            }
            else if (c != ' ' && TextNormalizer.IsWordChar(c))
            {
                var start = i;
                while (i < normalized.Length && normalized[i] != ' ' && TextNormalizer.IsWordChar(normalized[i]) && !TextNormalizer.IsHan(normalized[i]))
                {
                    i++;
                }

                var length = Math.Min(i - start, 40);
                tokens.Add(new Token(normalized.Substring(start, length), start));
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    /// <summary>The text as the index stores it: its terms separated by spaces.</summary>
    public static string ToIndexText(string? original) =>
        string.Join(' ', Tokenize(TextNormalizer.Normalize(original)).Select(t => t.Text));
}
