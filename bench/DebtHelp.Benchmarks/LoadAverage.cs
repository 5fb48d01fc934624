namespace DebtHelp.Benchmarks;

/// <summary>The machine's load averages: other work sharing the CPUs skews every number the benchmark takes.</summary>
public static class LoadAverage
{
    private const string File = "/proc/loadavg";

    public static string Read() =>
        System.IO.File.Exists(File) ? string.Join(" / ", System.IO.File.ReadAllText(File).Split(' ').Take(3)) : "unknown";
}
