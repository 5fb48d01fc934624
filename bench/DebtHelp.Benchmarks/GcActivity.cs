namespace DebtHelp.Benchmarks;

/// <summary>What the collector did during a timed run: collections by generation and total pause (whole process), bytes allocated per search.</summary>
public sealed record GcActivity(int Gen0, int Gen1, int Gen2, double PauseMs, double AllocatedKiBPerSearch)
{
    /// <summary>
    /// Starts counting; the returned function takes the searches done and the bytes the searching threads
    /// allocated (<see cref="GC.GetAllocatedBytesForCurrentThread"/> on each: the process-wide total can go
    /// backwards when the server GC retires a heap).
    /// </summary>
    public static Func<int, long, GcActivity> Start()
    {
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        return (searches, allocatedBytes) => new GcActivity(
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            (GC.GetTotalPauseDuration() - pause).TotalMilliseconds,
            allocatedBytes / 1024.0 / Math.Max(1, searches));
    }
}
