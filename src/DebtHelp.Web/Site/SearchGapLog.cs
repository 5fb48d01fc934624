using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Site;

/// <summary>
/// Counts questions that found nothing, so writers can see what is missing. Kept in memory only, and only as
/// masked by <see cref="QueryLogText"/> (the same masker as the log: no digits, e-mail addresses or names).
/// Ranked by the number of distinct days a question was asked, not by raw counts, so one client repeating a
/// string cannot push real gaps off the list; entries not asked for <see cref="KeepDays"/> days are forgotten,
/// and when the list is full its weakest tenth (fewest days, then longest unseen) makes room for new ones.
/// </summary>
public sealed class SearchGapLog(TimeProvider time)
{
    /// <summary>A month of questions is what writers read; older ones have either been answered or were noise.</summary>
    public const int KeepDays = 30;

    private const int MaxDistinct = 2_000;

    /// <summary>How many of the weakest make room together when the list is full.</summary>
    private const int EvictedTogether = MaxDistinct / 10;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private DateOnly _lastPruned;

    public void Record(string query)
    {
        var key = TextNormalizer.Normalize(QueryLogText.Mask(query)).Trim();
        if (key.Length == 0)
        {
            return;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        lock (_lock)
        {
            if (_lastPruned != today)
            {
                _lastPruned = today;
                foreach (var stale in _entries.Where(e => e.Value.LastSeen.AddDays(KeepDays) < today).Select(e => e.Key).ToList())
                {
                    _entries.Remove(stale);
                }
            }

            if (!_entries.TryGetValue(key, out var entry))
            {
                if (_entries.Count >= MaxDistinct)
                {
                    MakeRoom();
                }

                _entries[key] = entry = new Entry();
            }

            entry.Count++;
            entry.LastSeen = today;
            entry.Days.Add(today);
            entry.Days.RemoveWhere(d => d.AddDays(KeepDays) < today);
        }
    }

    /// <summary>
    /// Drops the weakest tenth at once (fewest days, then longest unseen, then fewest asks): one sort per
    /// <see cref="EvictedTogether"/> new questions, where finding the single weakest for each new one scanned the
    /// whole list under the lock for every search once the list was full.
    /// </summary>
    private void MakeRoom()
    {
        var weakest = _entries
            .OrderBy(e => e.Value.Days.Count).ThenBy(e => e.Value.LastSeen.DayNumber).ThenBy(e => e.Value.Count)
            .Take(EvictedTogether).Select(e => e.Key).ToList();
        foreach (var key in weakest)
        {
            _entries.Remove(key);
        }
    }

    public IReadOnlyList<(string Query, int Count)> Top(int count = 50) =>
        TopWithDays(count).Select(g => (g.Query, g.Count)).ToList();

    /// <summary>The list writers read: most distinct days first, then most asked.</summary>
    public IReadOnlyList<(string Query, int Count, int Days)> TopWithDays(int count = 50)
    {
        lock (_lock)
        {
            return _entries
                .OrderByDescending(e => e.Value.Days.Count).ThenByDescending(e => e.Value.Count).ThenBy(e => e.Key, StringComparer.Ordinal)
                .Take(count).Select(e => (e.Key, e.Value.Count, e.Value.Days.Count)).ToList();
        }
    }

    private sealed class Entry
    {
        public int Count { get; set; }

        public DateOnly LastSeen { get; set; }

        public HashSet<DateOnly> Days { get; } = [];
    }
}
