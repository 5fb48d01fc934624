using DebtHelp.Web.Search;

namespace CrisisModelTrainer;

/// <summary>
/// L2-regularised logistic regression over piece counts (<see cref="CrisisGrams"/>), trained by full-batch AdaGrad: a
/// fixed number of passes, no randomness, so the same lists give the same weights. Pieces seen in fewer than
/// <see cref="Settings.MinCount"/> training messages get no weight.
/// </summary>
internal sealed class Logistic
{
    public required Dictionary<string, double> Weights { get; init; }

    public required double Bias { get; init; }

    public double Logit(string[] clauses)
    {
        var sum = Bias;
        foreach (var gram in Grams(clauses))
        {
            if (Weights.TryGetValue(gram, out var w))
            {
                sum += w;
            }
        }

        return sum;
    }

    public double Probability(string[] clauses) => 1 / (1 + Math.Exp(-Logit(clauses)));

    public static List<string> Grams(string[] clauses)
    {
        var joined = new char[CrisisGrams.JoinedLength(clauses)];
        CrisisGrams.Join(clauses, joined);
        var grams = new List<string>();
        foreach (var gram in new CrisisGrams(joined))
        {
            grams.Add(gram.ToString());
        }

        return grams;
    }

    public static Logistic Train(IReadOnlyList<Example> examples, Settings settings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var grams = examples.Select(e => Grams(e.Clauses)).ToList();
        foreach (var g in grams)
        {
            foreach (var gram in g.Distinct())
            {
                seen[gram] = seen.GetValueOrDefault(gram) + 1;
            }
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (gram, count) in seen.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (count >= settings.MinCount)
            {
                index[gram] = index.Count;
            }
        }

        var rows = grams.Select(g => g.Where(index.ContainsKey).GroupBy(x => x).Select(x => (index[x.Key], (double)x.Count())).ToArray()).ToArray();
        var positives = examples.Count(e => e.Crisis);
        var positiveWeight = settings.PositiveWeight * (examples.Count - positives) / (double)Math.Max(1, positives);
        var w = new double[index.Count];
        var history = new double[index.Count];
        double bias = 0, biasHistory = 0;
        var gradient = new double[index.Count];
        for (var pass = 0; pass < settings.Passes; pass++)
        {
            Array.Clear(gradient);
            double biasGradient = 0, total = 0;
            for (var i = 0; i < rows.Length; i++)
            {
                var z = bias;
                foreach (var (j, x) in rows[i])
                {
                    z += w[j] * x;
                }

                var y = examples[i].Crisis ? 1.0 : 0.0;
                var weight = examples[i].Crisis ? positiveWeight : 1.0;
                var error = weight * ((1 / (1 + Math.Exp(-z))) - y);
                total += weight;
                biasGradient += error;
                foreach (var (j, x) in rows[i])
                {
                    gradient[j] += error * x;
                }
            }

            for (var j = 0; j < w.Length; j++)
            {
                var g = (gradient[j] / total) + (settings.L2 * w[j]);
                history[j] += g * g;
                w[j] -= settings.Rate * g / (Math.Sqrt(history[j]) + 1e-8);
            }

            var gb = biasGradient / total;
            biasHistory += gb * gb;
            bias -= settings.Rate * gb / (Math.Sqrt(biasHistory) + 1e-8);
        }

        return new Logistic
        {
            Bias = bias,
            Weights = index.Where(p => Math.Abs(w[p.Value]) >= settings.Prune).ToDictionary(p => p.Key, p => w[p.Value], StringComparer.Ordinal),
        };
    }
}
