using DebtHelp.Web.KnowledgeBase;

namespace DebtHelp.Web.Tests.Search;

/// <summary>
/// The plain baseline the issue asks for: BM25 (k1 1.2, b 0.75) over overlapping character pairs of each page's
/// raw text (title, listed questions, summary, body as one field), queried with the question's pairs. No
/// normalisation, no filler, no synonyms, no field weights: what a search box gives before any of our work.
/// </summary>
public sealed class BigramBm25Baseline
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly List<(string Slug, Dictionary<string, int> Counts, int Length)> _pages = [];
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly double _averageLength;

    public BigramBm25Baseline(KnowledgeBaseSnapshot snapshot)
    {
        foreach (var article in snapshot.Articles)
        {
            var text = string.Join("\n", [article.Title, .. article.Questions, article.Summary, .. article.Sections.Select(s => s.Heading + "\n" + s.Text)]);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var length = 0;
            foreach (var term in Terms(text))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
                length++;
            }

            foreach (var term in counts.Keys)
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }

            _pages.Add((article.Slug, counts, length));
        }

        _averageLength = _pages.Count == 0 ? 1 : _pages.Average(p => p.Length);
    }

    public IReadOnlyList<string> Rank(string question)
    {
        var terms = Terms(question).Distinct(StringComparer.Ordinal).ToList();
        var n = _pages.Count;
        return _pages
            .Select(p => (p.Slug, Score: terms.Sum(t =>
            {
                if (!p.Counts.TryGetValue(t, out var tf))
                {
                    return 0;
                }

                var df = _documentFrequency[t];
                var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
                return idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * p.Length / _averageLength))));
            })))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score).ThenBy(p => p.Slug, StringComparer.Ordinal)
            .Take(10).Select(p => p.Slug).ToList();
    }

    /// <summary>Pairs of consecutive CJK characters, and runs of ASCII letters and digits (lower-cased).</summary>
    private static IEnumerable<string> Terms(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsCjk(c))
            {
                if (i + 1 < text.Length && IsCjk(text[i + 1]))
                {
                    yield return text.Substring(i, 2);
                }
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                var start = i;
                while (i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
                {
                    i++;
                }

                yield return text[start..(i + 1)].ToLowerInvariant();
            }
        }
    }

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF';
}
