using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Site;

/// <summary>
/// Counts questions that found nothing, so writers can see what is missing. Kept in memory only (nothing
/// about a reader is stored); a query holding digits is counted without its text, since digits can be a
/// phone or ID number.
/// </summary>
public sealed partial class SearchGapLog
{
    public const string WithDigits = "(含数字的查询，原文未记录)";
    private const int MaxDistinct = 2_000;

    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    public void Record(string query)
    {
        var key = Digit().IsMatch(query) ? WithDigits : TextNormalizer.Normalize(query).Trim();
        if (key.Length == 0)
        {
            return;
        }

        if (_counts.Count >= MaxDistinct && !_counts.ContainsKey(key))
        {
            key = "(其他)";
        }

        _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
    }

    public IReadOnlyList<(string Query, int Count)> Top(int count = 50) =>
        _counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(count).Select(kv => (kv.Key, kv.Value)).ToList();
}
