using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>
/// Finds the question inside a long message. People in trouble write the story first ("网贷逾期半年了，今天物业
/// 说…") and the ask last ("我要不要躲出去"); the story's words match every article a little, the ask matches the
/// one that answers. The asks are the sentences holding a question word or mark, narrowed to their asking clauses;
/// a message with no such sentence is asked by its last one. A short message is its own question.
/// </summary>
public static class QuestionExtractor
{
    /// <summary>Below this many characters a message is one question: nothing to extract.</summary>
    public const int MinLength = 24;

    /// <summary>At most this many separate asks are answered one by one.</summary>
    public const int MaxAsks = 2;

    /// <summary>An asking clause this short ("能做到吗") keeps the clause before it, which says what "it" is.</summary>
    private const int ShortClause = 7;

    private static readonly char[] SentenceEnds = ['。', '！', '？', '!', '?', '；', ';', '\n', '…'];

    private static readonly char[] ClauseEnds = ['，', ',', '、', ' ', '　', '：', ':'];

    /// <summary>Words that make a clause a question (normalised, simplified; traditional input is folded first).</summary>
    private static readonly string[] Asking =
    [
        "吗", "么", "呢", "啥", "咋", "如何", "怎样", "能不能", "可不可以", "能否", "要不要", "该不该", "是不是", "会不会",
        "有没有", "行不行", "好不好", "对不对", "算不算", "有用", "想问", "请问", "想知道",
    ];

    /// <summary>Words that ask only at the end of a message: inside a story they tell ("打听我住哪一户").</summary>
    private static readonly string[] AskingAtTheEnd = ["哪", "谁", "多少", "多久", "可以", "应该", "该", "办法", "合法", "违法", "犯法", "需要", "要还", "求助", "帮帮"];

    /// <summary>The asks of a message, in the order written; empty when the message is short or all ask.</summary>
    public static IReadOnlyList<string> Asks(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        var text = raw.Length > 600 ? raw[..600] : raw;
        if (text.Count(TextNormalizer.IsHan) < MinLength)
        {
            return [];
        }

        var sentences = Split(text, SentenceEnds, keepMark: true);
        var asks = new List<string>();
        foreach (var sentence in sentences)
        {
            var clauses = Split(sentence, ClauseEnds, keepMark: false);
            var asking = new List<string>();
            for (var i = 0; i < clauses.Count; i++)
            {
                var last = i == clauses.Count - 1;
                if (!IsAsking(clauses[i], last && EndsWithQuestionMark(sentence), last && sentence == sentences[^1]))
                {
                    continue;
                }

                if (i > 0 && clauses[i].Count(TextNormalizer.IsHan) < ShortClause && !asking.Contains(clauses[i - 1]))
                {
                    asking.Add(clauses[i - 1]);
                }

                asking.Add(clauses[i]);
            }

            if (asking.Count > 0)
            {
                asks.Add(string.Join("，", asking));
            }
        }

        if (asks.Count == 0)
        {
            var last = sentences.LastOrDefault(s => s.Any(TextNormalizer.IsHan));
            return last is null || sentences.Count == 1 ? [] : [last];
        }

        // The whole message asking (a run of short questions) needs no focus.
        if (asks.Count == sentences.Count && sentences.Count == 1 && asks[0].Length >= text.Trim().Length - 2)
        {
            return [];
        }

        return asks.Count > MaxAsks ? asks[^MaxAsks..] : asks;
    }

    private static bool EndsWithQuestionMark(string sentence) =>
        sentence.TrimEnd().EndsWith('？') || sentence.TrimEnd().EndsWith('?');

    private static bool IsAsking(string clause, bool markedQuestion, bool atTheEnd)
    {
        if (markedQuestion)
        {
            return true;
        }

        var normalized = TextNormalizer.Normalize(clause);
        return Asking.Any(w => normalized.Contains(w, StringComparison.Ordinal))
            || (atTheEnd && AskingAtTheEnd.Any(w => normalized.Contains(w, StringComparison.Ordinal)));
    }

    private static List<string> Split(string text, char[] ends, bool keepMark)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && Array.IndexOf(ends, text[i]) < 0)
            {
                continue;
            }

            var end = keepMark && i < text.Length ? i + 1 : i;
            var part = text[start..end].Trim();
            if (part.Any(TextNormalizer.IsHan) || part.Any(char.IsAsciiLetterOrDigit))
            {
                parts.Add(part);
            }

            start = i + 1;
        }

        return parts;
    }
}
