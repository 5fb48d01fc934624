using System.Globalization;

namespace DebtHelp.Web.Search;

/// <summary>
/// The second reader beside the rules of <see cref="CrisisDetector"/>: a logistic regression over the character pieces
/// of a message (<see cref="CrisisGrams"/>), trained by bench/CrisisModelTrainer on the development lists only and
/// shipped as Search/crisis-model.txt (one "piece TAB weight" a line, after the bias and the threshold). It is read
/// once, when the first message gets past the rules. Its threshold was chosen on out-of-fold scores of the training
/// lists so that no training sentence the rules leave alone is flagged by it; see the trainer for how.
/// </summary>
internal sealed class CrisisModel
{
    public const string FileName = "crisis-model.txt";

    /// <summary>Longer than any joined message the detector reads (600 characters and a boundary per clause).</summary>
    private const int MaxJoined = 1300;

    private static readonly Lazy<CrisisModel> Shipped = new(() => Read(Path.Combine(AppContext.BaseDirectory, "Search", FileName)));

    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _weights;

    private CrisisModel(Dictionary<string, float> weights, double bias, double threshold)
    {
        _weights = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        Bias = bias;
        Threshold = threshold;
        Count = weights.Count;
    }

    /// <summary>The model copied beside the app, read on first use.</summary>
    public static CrisisModel Default => Shipped.Value;

    public double Bias { get; }

    /// <summary>The probability at and above which the model alone raises the flag.</summary>
    public double Threshold { get; }

    /// <summary>How many pieces have a weight.</summary>
    public int Count { get; }

    /// <summary>True when the model is confident that these clauses (normalised, as the detector splits them) signal a crisis.</summary>
    public bool Confident(string[] clauses) => Probability(clauses) >= Threshold;

    public double Probability(string[] clauses) => 1 / (1 + Math.Exp(-Logit(clauses)));

    /// <summary>The bias plus the weight of every piece, a piece counted as often as it occurs.</summary>
    public double Logit(string[] clauses)
    {
        var length = CrisisGrams.JoinedLength(clauses);
        Span<char> joined = length <= MaxJoined ? stackalloc char[length] : new char[length];
        CrisisGrams.Join(clauses, joined);
        var sum = Bias;
        foreach (var gram in new CrisisGrams(joined))
        {
            if (_weights.TryGetValue(gram, out var weight))
            {
                sum += weight;
            }
        }

        return sum;
    }

    public static CrisisModel Read(string path) =>
        File.Exists(path)
            ? Parse(File.ReadLines(path))
            : throw new FileNotFoundException($"The crisis model {path} is missing; the build copies it from src/DebtHelp.Web/Search ({FileName}).", path);

    /// <summary>Reads "bias TAB b", "threshold TAB t" and then "piece TAB weight" lines; '#' starts a comment line.</summary>
    public static CrisisModel Parse(IEnumerable<string> lines)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        double? bias = null, threshold = null;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            var key = line[..tab];
            var value = double.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            switch (key)
            {
                case "bias":
                    bias = value;
                    break;
                case "threshold":
                    threshold = value;
                    break;
                default:
                    weights[key] = (float)value;
                    break;
            }
        }

        return new CrisisModel(
            weights,
            bias ?? throw new FormatException("The crisis model has no bias line."),
            threshold ?? throw new FormatException("The crisis model has no threshold line."));
    }
}
