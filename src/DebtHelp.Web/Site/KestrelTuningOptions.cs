namespace DebtHelp.Web.Site;

/// <summary>The "Kestrel" settings of our own (Kestrel's endpoints and limits keep their documented keys).</summary>
public sealed class KestrelTuningOptions
{
    public const string SectionName = "Kestrel";

    /// <summary>
    /// Run requests on the socket threads instead of hopping to the thread pool. Measured +4-8 % on cached pages
    /// with wrk sharing the two cores; measure again on another machine before relying on it. Safe because nothing
    /// a request does blocks, and searches move to the thread pool themselves (<c>await Task.Yield()</c>).
    /// </summary>
    public bool InlineScheduling { get; set; } = true;
}
