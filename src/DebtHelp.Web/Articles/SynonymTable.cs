using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Articles;

/// <summary>
/// Content writers' word lists from <c>content/synonyms.yml</c>: groups of words readers use for the same
/// thing (typos included), and question filler that carries no meaning for search.
/// </summary>
public sealed class SynonymTable
{
    public const string FileName = "synonyms.yml";

    public static readonly SynonymTable Empty = new([], []);

    public SynonymTable(IReadOnlyList<IReadOnlyList<string>> groups, IReadOnlyList<string> filler)
    {
        Groups = groups;
        // Longest first so "会不会" is removed before "会".
        Filler = filler.OrderByDescending(f => f.Length).ToList();
        var index = new Dictionary<string, int>();
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var word in groups[i])
            {
                index.TryAdd(word, i);
            }
        }

        GroupOf = index;
        Words = index.Keys.OrderByDescending(w => w.Length).ToList();
        WordMatcher = new TermMatcher(Words);
        FillerMatcher = new TermMatcher(Filler);
        _wordsByFirstChar = Words.Where(w => w.Length > 0).GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
        GroupTerms = groups.Select(g => (IReadOnlyList<IReadOnlyList<string>>)g
            .Select(w => (IReadOnlyList<string>)ChineseTokenizer.Tokenize(w).Select(t => t.Text).ToList())
            .Where(a => a.Count > 0).ToList()).ToList();
    }

    /// <summary>Group words by their first character, longest first: canonicalising tries only those.</summary>
    private readonly Dictionary<char, string[]> _wordsByFirstChar;

    /// <summary>Each group's words split into index terms, once, for query expansion.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> GroupTerms { get; }

    /// <summary>Each group: normalised words meaning the same; the first is the usual spelling.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }

    public IReadOnlyList<string> Filler { get; }

    public IReadOnlyDictionary<string, int> GroupOf { get; }

    /// <summary>All group words, longest first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Finds the group words in a question in one pass (word i is <see cref="Words"/>[i]).</summary>
    public TermMatcher WordMatcher { get; }

    /// <summary>Finds the filler in a question in one pass (filler i is <see cref="Filler"/>[i]).</summary>
    public TermMatcher FillerMatcher { get; }

    /// <summary>
    /// Rewrites every group word to its group's first word (longest words first), so two ways of saying the
    /// same thing compare equal. The result is for comparison only: its length differs from the input's.
    /// </summary>
    public string Canonicalize(string normalized)
    {
        if (Words.Count == 0 || normalized.Length == 0)
        {
            return normalized;
        }

        var sb = new System.Text.StringBuilder(normalized.Length);
        var i = 0;
        while (i < normalized.Length)
        {
            string? hit = null;
            foreach (var word in _wordsByFirstChar.GetValueOrDefault(normalized[i], []))
            {
                if (string.CompareOrdinal(normalized, i, word, 0, word.Length) == 0 && StandsAlone(normalized, i, word.Length))
                {
                    hit = word;
                    break;
                }
            }

            if (hit is null)
            {
                sb.Append(normalized[i]);
                i++;
            }
            else
            {
                sb.Append(' ').Append(Groups[GroupOf[hit]][0]).Append(' ');
                i += hit.Length;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A word in letters ("cs", "zx") counts only as a whole word, never inside a longer one ("xyzxyz", "docs");
    /// Chinese words have no such boundaries.
    /// </summary>
    public static bool StandsAlone(string text, int at, int length) =>
        !char.IsAsciiLetterOrDigit(text[at]) || ((at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1]))
            && (at + length >= text.Length || !char.IsAsciiLetterOrDigit(text[at + length])));

    /// <summary>Removes filler words (after canonicalising) so only the meaningful part of a question remains.</summary>
    public string RemoveFiller(string text)
    {
        foreach (var filler in Filler)
        {
            text = text.Replace(filler, " ", StringComparison.Ordinal);
        }

        return text;
    }

    public static SynonymTable Load(string contentRoot, List<ContentProblem> problems)
    {
        var path = Path.Combine(contentRoot, FileName);
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(FileName, 0, ProblemSeverity.Warning, "synonyms.yml is missing: search works without it, but finds less."));
            return Empty;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ContentProblem(FileName, 0, ProblemSeverity.Error, $"synonyms.yml could not be read ({ex.Message})."));
            return Empty;
        }

        var read = YamlReader.Read<SynonymFile>(text);
        if (read.Failure is { } failure)
        {
            problems.Add(new ContentProblem(FileName, failure.Line, ProblemSeverity.Error, $"synonyms.yml is not valid YAML: {failure.Reason}"));
            return Empty;
        }

        if (read.Value is not { } file)
        {
            problems.Add(new ContentProblem(FileName, 1, ProblemSeverity.Error, "synonyms.yml must have 'groups:' (lists of words) and 'filler:' (a list)."));
            return Empty;
        }

        var groups = new List<IReadOnlyList<string>>();
        for (var i = 0; i < (file.Groups?.Count ?? 0); i++)
        {
            if (file.Groups![i] is not { } words)
            {
                problems.Add(new ContentProblem(FileName, read.Lines.ValueOf(YamlLines.Item("groups", i), 1), ProblemSeverity.Error,
                    "each group must be a list of words, e.g. [上门, 登门, 家访]."));
                continue;
            }

            var list = Clean(words).Distinct().ToList();
            if (list.Count >= 2)
            {
                groups.Add(list);
            }
        }

        foreach (var mismatch in read.Mismatches.Where(m => !m.Path.StartsWith("groups[", StringComparison.Ordinal) || m.Path.Count(c => c == '[') > 1))
        {
            problems.Add(new ContentProblem(FileName, mismatch.Line, ProblemSeverity.Error, $"{mismatch.Describe()}; this value is ignored."));
        }

        return new SynonymTable(groups, Clean(file.Filler ?? []).Distinct().ToList());
    }

    private static IEnumerable<string> Clean(IEnumerable<string?> words) =>
        words.Select(w => TextNormalizer.Normalize(w ?? "").Trim()).Where(w => w.Length > 0);
}
