using System.Text;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>Turns what a reader typed into search terms: letters and digits only, never query syntax.</summary>
public static class QueryAnalyzer
{
    /// <summary>Longer input is cut: nobody's question needs more, and it bounds the work per query.</summary>
    public const int MaxQueryLength = 120;

    private const int MaxTerms = 48;

    public static AnalyzedQuery Analyze(string? raw, SynonymTable synonyms)
    {
        var text = Clean(raw);
        var normalized = TextNormalizer.Normalize(text);
        var protectedSpan = new bool[normalized.Length];
        var concepts = new List<AnalyzedQuery.Concept>();
        var highlight = new List<string>();

        // 1. Words from the synonym table (typos included) become one concept with all their alternatives; longer
        // words first, each word's places from the left (Occurrences orders them so).
        foreach (var (index, at) in synonyms.WordMatcher.Occurrences(normalized))
        {
            var word = synonyms.Words[index];
            if (!protectedSpan.AsSpan(at, word.Length).Contains(true) && SynonymTable.StandsAlone(normalized, at, word.Length))
            {
                protectedSpan.AsSpan(at, word.Length).Fill(true);
                var group = synonyms.Groups[synonyms.GroupOf[word]];
                var alternatives = synonyms.GroupTerms[synonyms.GroupOf[word]];
                if (concepts.All(c => c.Display != group[0]))
                {
                    concepts.Add(new AnalyzedQuery.Concept(alternatives, group[0], FromSynonym: true));
                    highlight.AddRange(group);
                }
            }
        }

        // 2. Filler words outside those spans are dropped.
        var chars = normalized.ToCharArray();
        foreach (var (index, at) in synonyms.FillerMatcher.Occurrences(normalized))
        {
            var filler = synonyms.Filler[index];
            if (!protectedSpan.AsSpan(at, filler.Length).Contains(true))
            {
                chars.AsSpan(at, filler.Length).Fill(' ');
                protectedSpan.AsSpan(at, filler.Length).Fill(true);
            }
        }

        // 3. What is left is split into terms; each is a concept of its own. Synonym spans are blanked first.
        for (var i = 0; i < chars.Length; i++)
        {
            if (protectedSpan[i])
            {
                chars[i] = ' ';
            }
        }

        var rest = new string(chars);
        foreach (var token in ChineseTokenizer.Tokenize(rest))
        {
            if (concepts.Any(c => !c.FromSynonym && c.Display == token.Text))
            {
                continue;
            }

            concepts.Add(new AnalyzedQuery.Concept([[token.Text]], token.Text, FromSynonym: false));
        }

        foreach (var run in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            highlight.Add(run);
        }

        // A query made only of filler ("怎么办") still deserves an attempt with what was typed.
        if (concepts.Count == 0)
        {
            foreach (var token in ChineseTokenizer.Tokenize(normalized))
            {
                concepts.Add(new AnalyzedQuery.Concept([[token.Text]], token.Text, FromSynonym: false));
            }
        }

        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Primary alternatives first, so the cap drops expansions before what the reader typed.
        foreach (var concept in concepts)
        {
            foreach (var term in concept.Alternatives[0])
            {
                if (seen.Add(term))
                {
                    terms.Add(term);
                }
            }
        }

        foreach (var concept in concepts)
        {
            foreach (var term in concept.Alternatives.Skip(1).SelectMany(a => a))
            {
                if (seen.Add(term))
                {
                    terms.Add(term);
                }
            }
        }

        return new AnalyzedQuery
        {
            Normalized = normalized.Trim(),
            Concepts = concepts.Take(MaxTerms).ToList(),
            Terms = terms.Take(MaxTerms).ToList(),
            HighlightWords = LongestFirst(highlight),
        };
    }

    /// <summary>The distinct non-empty words, longest first, words of one length in the order first seen.</summary>
    private static List<string> LongestFirst(List<string> words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>(words.Count);
        var longest = 0;
        foreach (var word in words)
        {
            if (word.Length > 0 && seen.Add(word))
            {
                distinct.Add(word);
                longest = Math.Max(longest, word.Length);
            }
        }

        var ordered = new List<string>(distinct.Count);
        for (var length = longest; length > 0 && ordered.Count < distinct.Count; length--)
        {
            foreach (var word in distinct)
            {
                if (word.Length == length)
                {
                    ordered.Add(word);
                }
            }
        }

        return ordered;
    }

    /// <summary>Drops control characters and unpaired surrogates and bounds the length.</summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var sb = new StringBuilder(Math.Min(raw.Length, MaxQueryLength));
        for (var i = 0; i < raw.Length && sb.Length < MaxQueryLength; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                sb.Append(' ');
                i++;
                continue;
            }

            sb.Append(char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' ? ' ' : c);
        }

        return sb.ToString();
    }
}
