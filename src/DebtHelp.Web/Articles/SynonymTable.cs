using DebtHelp.Web.Articles;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
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

        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new ContentProblem(FileName, 1, ProblemSeverity.Error, "synonyms.yml must have 'groups:' (lists of words) and 'filler:' (a list)."));
                return Empty;
            }

            var groups = new List<IReadOnlyList<string>>();
            if (root.Children.TryGetValue(new YamlScalarNode("groups"), out var groupsNode) && groupsNode is YamlSequenceNode groupList)
            {
                foreach (var group in groupList.Children)
                {
                    if (group is not YamlSequenceNode words)
                    {
                        problems.Add(new ContentProblem(FileName, (int)group.Start.Line, ProblemSeverity.Error, "each group must be a list of words, e.g. [上门, 登门, 家访]."));
                        continue;
                    }

                    var list = words.Children.OfType<YamlScalarNode>()
                        .Select(w => TextNormalizer.Normalize(w.Value ?? "").Trim())
                        .Where(w => w.Length > 0).Distinct().ToList();
                    if (list.Count >= 2)
                    {
                        groups.Add(list);
                    }
                }
            }

            var filler = new List<string>();
            if (root.Children.TryGetValue(new YamlScalarNode("filler"), out var fillerNode) && fillerNode is YamlSequenceNode fillerList)
            {
                filler.AddRange(fillerList.Children.OfType<YamlScalarNode>()
                    .Select(w => TextNormalizer.Normalize(w.Value ?? "").Trim()).Where(w => w.Length > 0));
            }

            return new SynonymTable(groups, filler.Distinct().ToList());
        }
        catch (YamlException ex)
        {
            problems.Add(new ContentProblem(FileName, (int)ex.Start.Line, ProblemSeverity.Error, $"synonyms.yml is not valid YAML: {ex.Message.Split('\n')[0]}"));
            return Empty;
        }
    }
}
