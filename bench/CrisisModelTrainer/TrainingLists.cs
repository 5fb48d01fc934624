using System.Text;
using DebtHelp.Web.Search;

namespace CrisisModelTrainer;

/// <summary>
/// The training lists, grouped by who wrote them and when, so that a group can be held out whole (a list written by one
/// person at one time shares phrasings: holding out single lines would flatter the model). Only these files are read;
/// the blind lists (crisis-4, -5, -6, blind-set-4 and their not-crisis and none lists) are never named here.
/// </summary>
internal static class TrainingLists
{
    public static readonly (string Group, string[] Files)[] Groups =
    [
        ("dev-1", ["dev-crisis.txt", "dev-not-crisis.txt"]),
        ("dev-2", ["dev-crisis-2.txt", "dev-not-crisis-2.txt"]),
        ("dev-3", ["dev-crisis-3.txt", "dev-not-crisis-3.txt"]),
        ("dev-4", ["dev-crisis-4.txt", "dev-not-crisis-4.txt"]),
        ("dev-5", ["dev-crisis-5.txt", "dev-not-crisis-5.txt"]),
        ("dev-6", ["dev-crisis-6.txt", "dev-not-crisis-6.txt"]),
        ("dev-7", ["dev-crisis-7.txt", "dev-not-crisis-7.txt"]),
        ("dev-8", ["dev-crisis-8.txt", "dev-not-crisis-8.txt"]),
        ("blind-1", ["not-crisis.txt", "blind-set.tsv"]),
        ("blind-2", ["crisis-2.txt", "not-crisis-2.txt", "blind-set-2.tsv"]),
        ("blind-3", ["crisis-3.txt", "not-crisis-3.txt", "blind-set-3.tsv"]),
        ("none", ["dev-none.txt", "dev-none-2.txt", "dev-none-3.txt", "dev-none-4.txt"]),
        ("sets", ["dev-set.tsv", "dev-set-4.tsv", "evaluation-set.tsv", "holdout-set.tsv"]),
    ];

    public static List<Example> Load(string folder)
    {
        var examples = new List<Example>();
        foreach (var (group, files) in Groups)
        {
            foreach (var file in files)
            {
                foreach (var (text, crisis) in Read(Path.Combine(folder, file)))
                {
                    var clauses = CrisisDetector.Clauses(text);
                    examples.Add(new Example(group, crisis, text, clauses)
                    {
                        Rules = CrisisDetector.RulesSignal(text, clauses),
                        Vetoed = CrisisModelVeto.Applies(clauses),
                    });
                }
            }
        }

        return examples;
    }

    /// <summary>The lines of a list (crisis when its name says so) or the questions of a set (crisis when the fourth column says so).</summary>
    public static IEnumerable<(string Text, bool Crisis)> Read(string path)
    {
        var name = Path.GetFileName(path);
        var listOfCrisis = name.StartsWith("crisis", StringComparison.Ordinal) || name.StartsWith("dev-crisis", StringComparison.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            if (name.EndsWith(".tsv", StringComparison.Ordinal))
            {
                var columns = line.Split('\t');
                yield return (columns[0].Trim(), columns.Length > 3 && columns[3].Trim() == "crisis");
            }
            else
            {
                yield return (trimmed, listOfCrisis);
            }
        }
    }
}
