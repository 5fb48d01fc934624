using System.Text;

namespace DebtHelp.Web.Tests.Content;

/// <summary>Article numbers as statutes write them: 245 ⇄ 二百四十五, 1033 ⇄ 一千零三十三.</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string From(int n)
    {
        if (n == 0)
        {
            return "零";
        }

        var units = new[] { (1000, "千"), (100, "百"), (10, "十") };
        var sb = new StringBuilder();
        var needZero = false;
        foreach (var (value, name) in units)
        {
            var digit = n / value % 10;
            if (digit > 0)
            {
                if (needZero)
                {
                    sb.Append('零');
                }

                // 10-19 are written 十, 十一 … at the start of a number.
                if (!(value == 10 && digit == 1 && sb.Length == 0))
                {
                    sb.Append(Digits[digit]);
                }

                sb.Append(name);
                needZero = false;
            }
            else if (sb.Length > 0)
            {
                needZero = true;
            }
        }

        if (n % 10 > 0)
        {
            if (needZero)
            {
                sb.Append('零');
            }

            sb.Append(Digits[n % 10]);
        }

        return sb.ToString();
    }

    public static int Parse(string text)
    {
        if (int.TryParse(text, out var arabic))
        {
            return arabic;
        }

        int total = 0, current = 0;
        foreach (var c in text)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (c == '〇')
            {
                digit = 0;
            }

            if (digit >= 0)
            {
                current = digit;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }

        return total + current;
    }
}
