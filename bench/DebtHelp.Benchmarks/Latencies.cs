using System.Diagnostics;

namespace DebtHelp.Benchmarks;

/// <summary>Percentiles of a set of timings, in milliseconds (nearest-rank).</summary>
public sealed record Latencies(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    public static readonly Latencies None = new(0, 0, 0, 0, 0, 0);

    public static Latencies FromTicks(IEnumerable<long> ticks)
    {
        var ms = ticks.Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        if (ms.Length == 0)
        {
            return None;
        }

        double At(double p) => ms[Math.Clamp((int)Math.Ceiling(p * ms.Length) - 1, 0, ms.Length - 1)];
        return new Latencies(ms.Length, ms.Average(), At(0.50), At(0.95), At(0.99), ms[^1]);
    }
}
