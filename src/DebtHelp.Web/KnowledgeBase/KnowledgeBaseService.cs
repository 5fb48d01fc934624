using System.Diagnostics;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>
/// Keeps the index in step with <c>content/</c>: loads or builds it at start-up, rebuilds it in the background
/// when a file changes, and swaps the new snapshot in whole. Never writes to the content folder.
/// </summary>
public sealed class KnowledgeBaseService(
    KnowledgeBaseHolder holder,
    IOptions<ContentOptions> contentOptions,
    IOptions<IndexOptions> indexOptions,
    IHostEnvironment environment,
    TimeProvider time,
    Microsoft.AspNetCore.OutputCaching.IOutputCacheStore outputCache,
    ILogger<KnowledgeBaseService> logger) : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _rebuildLock = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private FileSystemWatcher? _watcher;
    private FileSystemWatcher? _indexWatcher;
    private Timer? _debounce;
    private Timer? _indexDebounce;
    private int _pendingChange;
    private volatile bool _disposed;

    public string ContentRoot { get; } = contentOptions.Value.ResolveRoot(environment.ContentRootPath);

    public string IndexDirectory { get; } = indexOptions.Value.ResolveDirectory(environment.ContentRootPath);

    private string _activeDirectory = indexOptions.Value.ResolveDirectory(environment.ContentRootPath);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Content folder {ContentRoot}; index folder {IndexDirectory}", ContentRoot, IndexDirectory);
        if (contentOptions.Value.Watch && Directory.Exists(ContentRoot))
        {
            StartWatching();
        }

        _indexDebounce = new Timer(_ => _ = RefreshAsync("index file changed or deleted from outside", force: true, _stopping.Token), null, Timeout.Infinite, Timeout.Infinite);

        // The first load runs in the background: the site answers (503 with a Chinese notice) until it is ready.
        _ = Task.Run(() => RefreshAsync("start-up", cancellationToken: _stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
        {
            return Task.CompletedTask;
        }

        _stopping.Cancel();
        _watcher?.Dispose();
        _indexWatcher?.Dispose();
        _debounce?.Dispose();
        _indexDebounce?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Loads the index for the current content, building it first when it is missing, stale or broken.</summary>
    public async Task RefreshAsync(string reason, bool force = false, CancellationToken cancellationToken = default)
    {
        await _rebuildLock.WaitAsync(cancellationToken);
        try
        {
            Interlocked.Exchange(ref _pendingChange, 0);
            var stopwatch = Stopwatch.StartNew();
            var hash = ContentLoader.ComputeHash(ContentRoot);
            if (!force && holder.Current?.ContentHash == hash)
            {
                return;
            }

            KnowledgeBaseSnapshot snapshot;
            bool reused;
            try
            {
                (snapshot, reused) = LoadOrBuild(_activeDirectory, hash, reason);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException && _fallbackDirectory is null)
            {
                // Disk full, read-only or missing index folder: keep the site up with an index in a private folder of
                // this process (never a shared one: its clean-up would delete other instances' files, probe D10).
                _fallbackDirectory = System.IO.Directory.CreateTempSubdirectory("debthelp-index-").FullName;
                logger.LogError("Cannot write the index in {IndexDirectory} ({Reason}); using {FallbackDirectory} instead, removed at shut-down. Fix the folder or set Index:Directory",
                    _activeDirectory, ex.Message, _fallbackDirectory);
                _activeDirectory = _fallbackDirectory;
                (snapshot, reused) = LoadOrBuild(_activeDirectory, hash, reason);
            }

            var previous = holder.Swap(snapshot);
            var indexDirectory = Path.GetDirectoryName(snapshot.IndexPath)!;
            if (_indexWatcher?.Path != indexDirectory)
            {
                WatchIndexDirectory(indexDirectory);
            }

            if (previous is not null)
            {
                await outputCache.EvictByTagAsync(Infrastructure.PageCaching.ContentTag, CancellationToken.None);
            }

            holder.FatalError = null;
            Operations.SiteMetrics.IndexRebuilds.Add(1, new KeyValuePair<string, object?>("outcome", reused ? "loaded" : "built"));
            Operations.SiteMetrics.IndexRebuildDuration.Record(stopwatch.Elapsed.TotalSeconds);
            logger.LogInformation(
                "Indexed {ArticleCount} articles in {Topics} topics in {ElapsedMs} ms ({Mode}, {Reason}); {Errors} content errors, {Warnings} warnings",
                snapshot.Articles.Count, snapshot.Topics.Count, stopwatch.ElapsedMilliseconds, reused ? "reused index file" : "built index file", reason,
                snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error), snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Warning));
            // The file just replaced stays one more round: requests that started on it may still be reading it.
            CleanUpOldIndexFiles(snapshot.IndexPath, previous?.IndexPath);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException or SnapshotLoader.InvalidIndexException)
        {
            // Keep serving what we have; a later change or restart tries again.
            holder.FatalError = holder.Current is null ? ex.Message : null;
            Operations.SiteMetrics.IndexRebuilds.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            logger.LogError(ex, "Could not refresh the index in {IndexDirectory} ({Reason}); still serving the previous version if there is one", _activeDirectory, reason);
        }
        finally
        {
            _rebuildLock.Release();
        }

        if (Volatile.Read(ref _pendingChange) == 1)
        {
            ScheduleRefresh();
        }
    }

    /// <summary>This process's own folder for the index when the configured one cannot be written; null until then.</summary>
    private string? _fallbackDirectory;

    private (KnowledgeBaseSnapshot Snapshot, bool Reused) LoadOrBuild(string directory, string hash, string reason)
    {
        var path = Path.Combine(directory, IndexBuilder.FileNameFor(hash));
        var problems = new List<ContentProblem>();
        var synonyms = SynonymTable.Load(ContentRoot, problems);
        if (File.Exists(path))
        {
            try
            {
                var reused = SnapshotLoader.Load(path, hash, synonyms);
                foreach (var problem in reused.Problems)
                {
                    LogProblem(problem);
                }

                return (reused, true);
            }
            catch (SnapshotLoader.InvalidIndexException ex)
            {
                logger.LogWarning("Index file {IndexPath} is unusable ({Reason}); rebuilding it from content", path, ex.Message);
                SqliteConnection.ClearAllPools();
                TryDelete(path);
            }
        }
        else
        {
            logger.LogWarning("No index file for the current content at {IndexPath}; building it ({Reason})", path, reason);
        }

        var content = ContentLoader.Load(ContentRoot, contentOptions.Value, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        // An editor or a checkout may be caught mid-write: a file that served an article until now reads as broken
        // for a moment. Give such files time to settle before an article is dropped from the site; a file that
        // stays the same and stays broken is then left out and reported as usual.
        var settling = Stopwatch.StartNew();
        while (DropsServedArticles(content) && settling.Elapsed < MaxSettleTime)
        {
            Thread.Sleep(Math.Max(200, contentOptions.Value.ReloadDelayMilliseconds));
            if (ContentLoader.ComputeHash(ContentRoot) == content.Hash)
            {
                break;
            }

            logger.LogInformation("Content changed again while a file read as broken; reading it again");
            content = ContentLoader.Load(ContentRoot, contentOptions.Value, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        }

        // Named after what was read, which may be newer than the hash this refresh started from.
        path = Path.Combine(directory, IndexBuilder.FileNameFor(content.Hash));

        foreach (var problem in content.Problems)
        {
            LogProblem(problem);
        }

        IndexBuilder.Build(content, path);
        return (SnapshotLoader.Load(path, content.Hash, synonyms), false);
    }

    /// <summary>How long files that keep changing may hold back a rebuild that would drop an article.</summary>
    private static readonly TimeSpan MaxSettleTime = TimeSpan.FromSeconds(10);

    /// <summary>Whether an error in <paramref name="content"/> is in a file the current snapshot serves an article from.</summary>
    private bool DropsServedArticles(ContentSet content)
    {
        var current = holder.Current;
        if (current is null)
        {
            return false;
        }

        var served = current.Articles.Select(a => a.SourceFile).ToHashSet(StringComparer.Ordinal);
        return content.Problems.Any(p => p.Severity == ProblemSeverity.Error && served.Contains(p.File));
    }

    /// <summary>
    /// Search and pages are served from memory, so a damaged index file hurts nothing until the next start.
    /// Still, the file in use is watched: deleted, truncated or overwritten from outside, it is rebuilt so a
    /// restart finds it whole. The site's own builds only ever rename a finished file into place.
    /// </summary>
    private void WatchIndexDirectory(string directory)
    {
        _indexWatcher?.Dispose();
        _indexWatcher = null;
        try
        {
            var watcher = new FileSystemWatcher(directory, "kb-*.db")
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            void OnDamage(object sender, FileSystemEventArgs e)
            {
                var current = holder.Current?.IndexPath;
                if (current is not null && string.Equals(Path.GetFullPath(e.FullPath), Path.GetFullPath(current), StringComparison.Ordinal))
                {
                    logger.LogWarning("Index file {IndexPath} was {Change} from outside; rebuilding it", current, e.ChangeType.ToString().ToLowerInvariant());
                    try
                    {
                        _indexDebounce?.Change(contentOptions.Value.ReloadDelayMilliseconds, Timeout.Infinite);
                    }
                    catch (ObjectDisposedException)
                    {
                    }
                }
            }

            watcher.Changed += OnDamage;
            watcher.Deleted += OnDamage;
            watcher.EnableRaisingEvents = true;
            _indexWatcher = watcher;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or PlatformNotSupportedException)
        {
            logger.LogWarning("Cannot watch the index folder {IndexDirectory} ({Reason}); a damaged index file is rebuilt at the next start", directory, ex.Message);
        }
    }

    private void LogProblem(ContentProblem problem)
    {
        if (problem.Severity == ProblemSeverity.Error)
        {
            logger.LogError("Content problem, file left out or link broken: {Problem}", problem.ToString());
        }
        else
        {
            logger.LogWarning("Content warning: {Problem}", problem.ToString());
        }
    }

    private void StartWatching()
    {
        _debounce = new Timer(_ => _ = RefreshAsync("content changed", cancellationToken: _stopping.Token), null, Timeout.Infinite, Timeout.Infinite);
        try
        {
            _watcher = new FileSystemWatcher(ContentRoot)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += (_, _) => ScheduleRefresh();
            _watcher.Created += (_, _) => ScheduleRefresh();
            _watcher.Deleted += (_, _) => ScheduleRefresh();
            _watcher.Renamed += (_, _) => ScheduleRefresh();
            _watcher.Error += (_, e) =>
            {
                logger.LogWarning(e.GetException(), "Watching {ContentRoot} failed; changes are picked up at the next restart", ContentRoot);
                ScheduleRefresh();
            };
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            logger.LogWarning(ex, "Cannot watch {ContentRoot}; content changes need a restart", ContentRoot);
        }
    }

    private void ScheduleRefresh()
    {
        Interlocked.Exchange(ref _pendingChange, 1);
        try
        {
            _debounce?.Change(contentOptions.Value.ReloadDelayMilliseconds, Timeout.Infinite);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private void CleanUpOldIndexFiles(string keep, string? previous)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(keep)!, "kb-*.db"))
            {
                var full = Path.GetFullPath(file);
                if (full != Path.GetFullPath(keep) && (previous is null || full != Path.GetFullPath(previous)))
                {
                    TryDelete(file);
                }
            }
        }
        catch (IOException)
        {
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not delete old index file {IndexPath}: {Reason}", path, ex.Message);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stopping.Cancel();
        _watcher?.Dispose();
        _indexWatcher?.Dispose();
        _debounce?.Dispose();
        _indexDebounce?.Dispose();
        _stopping.Dispose();
        if (_fallbackDirectory is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                System.IO.Directory.Delete(_fallbackDirectory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
