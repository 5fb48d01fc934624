namespace DebtHelp.Web.KnowledgeBase;

/// <summary>
/// Watches <c>content/</c> and calls back once the files have been quiet for the reload delay, however many
/// events an edit or a checkout raises.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _debounce;
    private readonly int _delayMilliseconds;
    private int _pending;

    public ContentWatcher(string root, int delayMilliseconds, Action onQuiet, ILogger logger)
    {
        _delayMilliseconds = delayMilliseconds;
        _debounce = new Timer(_ => onQuiet(), null, Timeout.Infinite, Timeout.Infinite);
        try
        {
            _watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += (_, _) => Schedule();
            _watcher.Created += (_, _) => Schedule();
            _watcher.Deleted += (_, _) => Schedule();
            _watcher.Renamed += (_, _) => Schedule();
            _watcher.Error += (_, e) =>
            {
                logger.LogWarning(e.GetException(), "Watching {ContentRoot} failed; changes are picked up at the next restart", root);
                Schedule();
            };
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            logger.LogWarning(ex, "Cannot watch {ContentRoot}; content changes need a restart", root);
        }
    }

    /// <summary>Whether a change arrived since <see cref="ClearPending"/>.</summary>
    public bool IsPending => Volatile.Read(ref _pending) == 1;

    public void ClearPending() => Interlocked.Exchange(ref _pending, 0);

    /// <summary>Marks a change and (re)starts the quiet period.</summary>
    public void Schedule()
    {
        Interlocked.Exchange(ref _pending, 1);
        try
        {
            _debounce.Change(_delayMilliseconds, Timeout.Infinite);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
    }
}
