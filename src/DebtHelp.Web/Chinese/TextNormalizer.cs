using System.Globalization;

namespace DebtHelp.Web.Chinese;

/// <summary>
/// Folds text so that what a reader types and what an article says compare equal: traditional to simplified
/// (OpenCC tables), full-width to half-width, lower case, punctuation to spaces.
/// <see cref="Normalize"/> keeps the UTF-16 length, so a position in the result is the same position in
/// the input: that is what lets a snippet highlight the original text.
/// </summary>
public static class TextNormalizer
{
    private static readonly Lazy<OpenCcTables> Tables = new(OpenCcTables.LoadFromAppFolder);

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var tables = Tables.Value;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= '\uFF01' and <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }
            else if (c == '\u3000')
            {
                c = ' ';
            }

            chars[i] = c;
        }

        // Traditional phrases first (they fix characters whose simplified form depends on context).
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c < 0x3400)
            {
                continue;
            }

            if (tables.PhraseLengths.TryGetValue(c, out var longest) && TryPhrase(tables, chars, i, longest, out var length, out var replacement))
            {
                replacement.CopyTo(0, chars, i, length);
                i += length - 1;
                continue;
            }

            if (tables.Characters.TryGetValue(c, out var simple))
            {
                chars[i] = simple;
            }
        }

        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(c + 32);
            }
            else if (!IsWordChar(c))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>Letters, digits and CJK ideographs; everything else separates words.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if (char.IsSurrogate(c))
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.OtherLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter;
    }

    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static bool TryPhrase(OpenCcTables tables, char[] chars, int start, int longest, out int length, out string replacement)
    {
        for (var len = Math.Min(longest, chars.Length - start); len >= 2; len--)
        {
            if (tables.PhraseLookup.TryGetValue(chars.AsSpan(start, len), out var value))
            {
                length = len;
                replacement = value;
                return true;
            }
        }

        length = 0;
        replacement = "";
        return false;
    }
}
