using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>When nothing is found: the listed reader questions closest to what was typed.</summary>
public static class Suggestions
{
    /// <summary>"你是不是想问…": the listed reader questions closest to what was typed (shared character pairs).</summary>
    public static IReadOnlyList<QuestionSuggestion> For(SearchData data, string? rawQuery, RankingWeights weights, int count = 3)
    {
        var normalized = TextNormalizer.Normalize(QueryAnalyzer.Clean(rawQuery));
        var pairs = ChineseTokenizer.Tokenize(normalized).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var chars = normalized.Where(TextNormalizer.IsHan).ToHashSet();
        return data.Questions
            .Select(q => (q, Score: Dice(pairs, q.Pairs) + (weights.SuggestionCharacterShare * CharOverlap(chars, q.Normalized))))
            .Where(x => x.Score > weights.SuggestionMinScore)
            .OrderByDescending(x => x.Score).ThenBy(x => x.q.Question, StringComparer.Ordinal)
            .DistinctBy(x => x.q.Article.Slug)
            .Take(count)
            .Select(x => new QuestionSuggestion(x.q.Question, x.q.Article))
            .ToList();
    }

    /// <param name="b">Distinct terms, so the terms of <paramref name="a"/> among them are the terms both hold.</param>
    private static double Dice(HashSet<string> a, string[] b)
    {
        if (a.Count == 0 || b.Length == 0)
        {
            return 0;
        }

        var shared = 0;
        foreach (var term in b)
        {
            if (a.Contains(term))
            {
                shared++;
            }
        }

        return 2.0 * shared / (a.Count + b.Length);
    }

    private static double CharOverlap(HashSet<char> chars, string normalizedQuestion)
    {
        if (chars.Count == 0)
        {
            return 0;
        }

        return (double)chars.Count(normalizedQuestion.Contains) / chars.Count;
    }
}
