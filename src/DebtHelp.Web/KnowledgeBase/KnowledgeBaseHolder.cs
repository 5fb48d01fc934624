namespace DebtHelp.Web.KnowledgeBase;

/// <summary>Holds the current snapshot. Swapping is one reference write, so a reader never sees a half-built index.</summary>
public sealed class KnowledgeBaseHolder
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<KnowledgeBaseSnapshot> _nextSwap = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private KnowledgeBaseSnapshot? _current;

    public KnowledgeBaseSnapshot? Current => Volatile.Read(ref _current);

    public bool IsReady => Current is not null;

    /// <summary>Set when the index failed to load and no snapshot could be made; shown by the health check.</summary>
    public string? FatalError { get; set; }

    public Task WhenReady => _ready.Task;

    /// <summary>Completes with the snapshot of the next swap after this call (tests and tools wait on it instead of polling).</summary>
    public Task<KnowledgeBaseSnapshot> NextSwap => Volatile.Read(ref _nextSwap).Task;

    /// <summary>Replaces the snapshot and returns the one it replaced.</summary>
    public KnowledgeBaseSnapshot? Swap(KnowledgeBaseSnapshot next)
    {
        var previous = Interlocked.Exchange(ref _current, next);
        _ready.TrySetResult();
        Interlocked.Exchange(ref _nextSwap, new TaskCompletionSource<KnowledgeBaseSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(next);
        return previous;
    }
}
