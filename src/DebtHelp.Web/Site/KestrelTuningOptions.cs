namespace DebtHelp.Web.Site;

/// <summary>The "Kestrel" settings of our own (Kestrel's endpoints and limits keep their documented keys).</summary>
public sealed class KestrelTuningOptions
{
    public const string SectionName = "Kestrel";

    /// <summary>
    /// Run requests on the socket threads instead of hopping to the thread pool. Off by default: on a fresh 2-core
    /// machine shared with other work the load benchmark's A/B had it slower for cached pages (and the two
    /// fresh-machine A/B runs agree), and anything that ever blocked on a socket thread would stall every connection.
    /// With it on, searches move to the thread pool themselves (<see cref="KestrelTuning.LeaveSocketThreadAsync"/>).
    /// </summary>
    public bool InlineScheduling { get; set; }
}
