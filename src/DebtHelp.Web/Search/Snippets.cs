using System.Buffers;
using System.Net;
using System.Text;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>Picks the part of a passage that best matches the query and marks the matched words.</summary>
public static class Snippets
{
    public const int Length = 90;

    /// <summary>What <see cref="WebUtility.HtmlEncode(string)"/> would change, besides U+00A0–U+00FF and surrogates; and line breaks, which become spaces.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("<>&\"'\n");

    public static (string Html, string Text) Make(string passage, AnalyzedQuery query) =>
        Make(passage, TextNormalizer.Normalize(passage), query);

    /// <param name="normalized">The passage normalised (same length), when the caller already has it.</param>
    public static (string Html, string Text) Make(string passage, string normalized, AnalyzedQuery query)
    {
        var rented = ArrayPool<bool>.Shared.Rent(passage.Length);
        try
        {
            var marked = rented.AsSpan(0, passage.Length);
            marked.Clear();
            return Make(passage, normalized, query, marked);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(rented);
        }
    }

    private static (string Html, string Text) Make(string passage, string normalized, AnalyzedQuery query, Span<bool> marked)
    {
        // Whole words, and two-character pieces of longer words for partial matches ("上门催收" in "上门的催收").
        query.Highlighter.Mark(normalized, marked);
        var start = BestWindow(marked, Length);
        var end = Math.Min(passage.Length, start + Length);
        // Do not cut a surrogate pair in half.
        if (start > 0 && char.IsLowSurrogate(passage[start]))
        {
            start--;
        }

        if (end < passage.Length && char.IsHighSurrogate(passage[end - 1]))
        {
            end++;
        }

        // Sized for the window and a few marks, so neither grows on the way.
        var html = new StringBuilder(((end - start) * 2) + 64);
        var text = new StringBuilder(end - start + 2);
        if (start > 0)
        {
            html.Append('…');
            text.Append('…');
        }

        var i = start;
        while (i < end)
        {
            var j = i;
            while (j < end && marked[j] == marked[i])
            {
                j++;
            }

            var piece = passage.AsSpan(i, j - i);
            if (marked[i])
            {
                html.Append("<mark>");
            }

            // Most pieces are plain Chinese: copied as they are, a string is made only for one that needs encoding.
            var plain = !piece.ContainsAny(Special) && !piece.ContainsAnyInRange('\u00A0', '\u00FF') && !piece.ContainsAnyInRange('\uD800', '\uDFFF');
            if (plain)
            {
                html.Append(piece);
            }
            else
            {
                html.Append(WebUtility.HtmlEncode(piece.ToString().Replace('\n', ' ')));
            }

            if (marked[i])
            {
                html.Append("</mark>");
            }

            var textAt = text.Length;
            text.Append(piece);
            if (!plain)
            {
                text.Replace('\n', ' ', textAt, piece.Length);
            }

            i = j;
        }

        if (end < passage.Length)
        {
            html.Append('…');
            text.Append('…');
        }

        return (html.ToString(), text.ToString());
    }

    private static int BestWindow(ReadOnlySpan<bool> marked, int length)
    {
        if (marked.Length <= length)
        {
            return 0;
        }

        var count = 0;
        for (var i = 0; i < length; i++)
        {
            count += marked[i] ? 1 : 0;
        }

        var best = count;
        var bestStart = 0;
        for (var start = 1; start + length <= marked.Length; start++)
        {
            count += (marked[start + length - 1] ? 1 : 0) - (marked[start - 1] ? 1 : 0);
            if (count > best)
            {
                best = count;
                bestStart = start;
            }
        }

        // Start a little before the first match so the reader sees its context.
        if (best > 0)
        {
            var first = bestStart + marked[bestStart..].IndexOf(true);
            bestStart = Math.Max(0, Math.Min(bestStart, first - 12));
        }

        return bestStart;
    }
}
