using System.Globalization;
using DebtHelp.Web.Search;
using Xunit.Abstractions;

namespace DebtHelp.Web.Tests.Search;

// TEMPORARY: coordinate search over the ranking numbers on the tuning, older held-out and development sets.
public sealed class TuningSweep(RealContentIndex index, ITestOutputHelper output) : IClassFixture<RealContentIndex>
{
    [Fact]
    public void Sweep()
    {
        var spec = Environment.GetEnvironmentVariable("SWEEP");
        if (string.IsNullOrEmpty(spec))
        {
            return;
        }

        var sets = new[] { SearchEvaluation.Load(), SearchEvaluation.Load("holdout-set.tsv"), SearchEvaluation.Load("dev-set.tsv") };
        var bigram = new BigramBm25Baseline(index.Snapshot);
        var weights = RankingWeights.Default;
        void Set(string name, double value)
        {
            var property = typeof(RankingWeights).GetProperty(name)!;
            var copy = weights with { };
            property.SetValue(copy, property.PropertyType == typeof(int) ? (object)(int)value : value);
            weights = copy;
        }

        double GetValue(string name) => Convert.ToDouble(typeof(RankingWeights).GetProperty(name)!.GetValue(weights), CultureInfo.InvariantCulture);
        IReadOnlyList<string> Rank(string q)
        {
            return SearchEngine.Search(index.Snapshot.Search, q, 10, weights).Hits.Select(h => h.Article.Slug).ToList();
        }

        string Eval()
        {
            var r = sets.Select(s => SearchEvaluation.Run(s, Rank)).ToList();
            var obj = r.Sum(x => x.Top1 + x.Mrr) + r[0].Top3 + r[1].Top3;
            return string.Create(CultureInfo.InvariantCulture, $"obj {obj:F3} | tune {r[0].Top1:P1}/{r[0].Top3:P1}/{r[0].Mrr:F3} | hold {r[1].Top1:P1}/{r[1].Top3:P1}/{r[1].Mrr:F3} | dev {r[2].Top1:P1}/{r[2].Top3:P1}/{r[2].Mrr:F3}");
        }

        foreach (var fixedPart in (Environment.GetEnvironmentVariable("FIXED") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = fixedPart.Split('=');
            Set(kv[0], double.Parse(kv[1], CultureInfo.InvariantCulture));
        }

        output.WriteLine("base " + Eval());
        if (Environment.GetEnvironmentVariable("CAL") == "1")
        {
            foreach (var (name, qs) in new[] { ("hold", sets[1]), ("tune", sets[0]), ("dev", sets[2]) })
            {
                foreach (var q in qs)
                {
                    var o = SearchEngine.Search(index.Snapshot.Search, q.Text, 10, weights);
                    var right = o.Hits.Count > 0 && q.Expected.Contains(o.Hits[0].Article.Slug);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"obj CAL {name} {(right ? 1 : 0)} {o.Confidence} {q.Text}"));
                }
            }

            foreach (var q in SearchEvaluation.Lines("dev-none.txt"))
            {
                var o = SearchEngine.Search(index.Snapshot.Search, q, 10, weights);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"obj CAL none 0 {o.Confidence} {q}"));
            }
        }
        if (Environment.GetEnvironmentVariable("DUMP") == "1")
        {
            foreach (var q in sets.SelectMany(x => x))
            {
                var got = Rank(q.Text);
                if (got.Count == 0 || !q.Expected.Contains(got[0]))
                {
                    output.WriteLine($"obj WRONG1 {(got.Count > 0 ? got[0] : "-")} <= {q.Text} [{string.Join(",", q.Expected)}] pos {got.Select((g, i) => (g, i)).Where(x => q.Expected.Contains(x.g)).Select(x => x.i + 1).DefaultIfEmpty(0).First()}");
                }
            }
        }
        // SWEEP=Name:v1,v2,v3;Name2:...
        foreach (var part in spec.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, values) = (part.Split(':')[0], part.Split(':')[1].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)));
            var old = GetValue(name);
            foreach (var v in values)
            {
                Set(name, v);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}={v} {Eval()}"));
            }

            Set(name, old);
        }
    }
}
