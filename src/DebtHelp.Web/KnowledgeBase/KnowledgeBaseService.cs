using System.Diagnostics;
using DebtHelp.Web.Articles;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>
/// Keeps the snapshot in step with <c>content/</c>: loads or builds it at start-up, rebuilds it in the background
/// when a file changes, and swaps the new snapshot in whole. Never writes to the content folder. Cached pages need
/// no eviction here: they are keyed by the snapshot they were rendered from.
/// </summary>
public sealed class KnowledgeBaseService(
    KnowledgeBaseHolder holder,
    IOptions<ContentOptions> contentOptions,
    IOptions<IndexOptions> indexOptions,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<KnowledgeBaseService> logger) : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _rebuildLock = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly IndexFolder _folder = new(contentOptions.Value, time, logger);
    private ContentWatcher? _watcher;
    /// <summary>Below this the first load leaves too little behind to be worth a blocking full collection (81 articles: a few MB).</summary>
    private const int CompactAfterFirstLoadArticles = 1_000;

    /// <summary>In the index folder: what the last start read of each content file (<see cref="ContentDigests"/>).</summary>
    public const string DigestsFileName = "content-digests.txt";

    private volatile bool _disposed;
    private int _repairing;

    public string ContentRoot { get; } = contentOptions.Value.ResolveRoot(environment.ContentRootPath);

    public string IndexDirectory { get; } = indexOptions.Value.ResolveDirectory(environment.ContentRootPath);

    /// <summary>This process's own folder for the index when the configured one cannot be written; null until then.</summary>
    private string? _fallbackDirectory;

    private string _activeDirectory = indexOptions.Value.ResolveDirectory(environment.ContentRootPath);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        BeginFirstLoad();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Starts the first load in the background, once: the site answers (503 with a Chinese notice) until it is ready.
    /// <c>Program</c> calls it as soon as the host is built, so reading the index overlaps the rest of the start-up
    /// (middleware, Kestrel; about 0.1 s); <see cref="StartAsync"/> calls it too, for hosts that do not.
    /// </summary>
    public void BeginFirstLoad()
    {
        if (Interlocked.Exchange(ref _firstLoadStarted, 1) == 0)
        {
            logger.LogInformation("Content folder {ContentRoot}; index folder {IndexDirectory}", ContentRoot, IndexDirectory);
            // Watching starts before the first read, so a change made while it runs is not missed.
            if (contentOptions.Value.Watch && Directory.Exists(ContentRoot))
            {
                _watcher = new ContentWatcher(ContentRoot, contentOptions.Value.ReloadDelayMilliseconds,
                    () => _ = RefreshAsync("content changed", cancellationToken: _stopping.Token), logger);
            }

            _ = Task.Run(() => RefreshAsync("start-up", cancellationToken: _stopping.Token), CancellationToken.None);
        }
    }

    private int _firstLoadStarted;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_disposed)
        {
            try
            {
                _stopping.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Disposed between the check and the call (a host torn down while stopping): nothing left to stop.
            }

            _watcher?.Dispose();
        }

        return Task.CompletedTask;
    }

    /// <summary>Loads the snapshot for the current content, building it when its file is missing, stale or broken.</summary>
    public async Task RefreshAsync(string reason, bool force = false, CancellationToken cancellationToken = default)
    {
        await _rebuildLock.WaitAsync(cancellationToken);
        try
        {
            _watcher?.ClearPending();
            var stopwatch = Stopwatch.StartNew();
            var hash = ContentLoader.ComputeHash(ContentRoot, ContentDigests.Open(Path.Combine(_activeDirectory, DigestsFileName), ContentRoot));
            var hashMs = stopwatch.ElapsedMilliseconds;
            if (!force && holder.Current?.ContentHash == hash)
            {
                return;
            }

            KnowledgeBaseSnapshot snapshot;
            bool reused;
            try
            {
                (snapshot, reused) = await _folder.LoadOrBuildAsync(ContentRoot, _activeDirectory, hash, holder.Current, reason, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException && _fallbackDirectory is null)
            {
                // Disk full, read-only or missing index folder: keep the site up with an index in a private folder of
                // this process (never a shared one: its clean-up would delete other instances' files, probe D10).
                _fallbackDirectory = System.IO.Directory.CreateTempSubdirectory("debthelp-index-").FullName;
                logger.LogError("Cannot write the index in {IndexDirectory} ({Reason}); using {FallbackDirectory} instead, removed at shut-down. Fix the folder or set Index:Directory",
                    _activeDirectory, ex.Message, _fallbackDirectory);
                _activeDirectory = _fallbackDirectory;
                (snapshot, reused) = await _folder.LoadOrBuildAsync(ContentRoot, _activeDirectory, hash, holder.Current, reason, cancellationToken);
            }

            var previous = holder.Swap(snapshot);
            holder.FatalError = null;
            Telemetry.SiteMetrics.IndexRebuilds.Add(1, new KeyValuePair<string, object?>("outcome", reused ? "loaded" : "built"));
            Telemetry.SiteMetrics.IndexRebuildDuration.Record(stopwatch.Elapsed.TotalSeconds);
            logger.LogInformation(
                "Indexed {ArticleCount} articles in {Topics} topics in {ElapsedMs} ms ({Mode}, {Reason}; content checked in {HashMs} ms); {Errors} content errors, {Warnings} warnings",
                snapshot.Articles.Count, snapshot.Topics.Count, stopwatch.ElapsedMilliseconds, reused ? "reused index file" : "built index file", reason, hashMs,
                snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error), snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Warning));
            _folder.CleanUp(snapshot.IndexPath, previous?.IndexPath);
            if (previous is null && snapshot.Articles.Count >= CompactAfterFirstLoadArticles)
            {
                // The first load leaves its working copies behind (rows, JSON, lists): hand that memory back to the
                // system now, not at some later full collection (10,000 articles: 384 -> 330 MB after a warm start).
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                // And what SQLite's reading left free in the C heap (glibc keeps it resident otherwise).
                Operations.NativeHeap.Trim();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException or SnapshotLoader.InvalidIndexException)
        {
            // Keep serving what we have; a later change or restart tries again.
            holder.FatalError = holder.Current is null ? ex.Message : null;
            Telemetry.SiteMetrics.IndexRebuilds.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            logger.LogError(ex, "Could not refresh the index in {IndexDirectory} ({Reason}); still serving the previous version if there is one", _activeDirectory, reason);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A fault in our own code. The refresh runs in the background, so nothing else would ever see it: say it,
            // and let /healthz and the notice page say the index is unavailable rather than "loading" for ever.
            holder.FatalError = holder.Current is null ? ex.Message : null;
            Telemetry.SiteMetrics.IndexRebuilds.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            logger.LogCritical(ex, "The index refresh failed unexpectedly ({Reason}); still serving the previous version if there is one", reason);
        }
        finally
        {
            _rebuildLock.Release();
        }

        if (_watcher?.IsPending == true)
        {
            _watcher.Schedule();
        }
    }

    /// <summary>
    /// Rebuilds the index file of <paramref name="damaged"/> from content (in the background, once at a time) when a
    /// page found it unreadable and it is still the snapshot served. An older snapshot's file may simply be cleaned up.
    /// </summary>
    public void Repair(KnowledgeBaseSnapshot damaged)
    {
        if (_disposed || holder.Current != damaged || Interlocked.Exchange(ref _repairing, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                SqliteConnection.ClearAllPools();
                File.Delete(damaged.IndexPath);
                await RefreshAsync("index file unreadable", force: true, _stopping.Token);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OperationCanceledException or ObjectDisposedException)
            {
                logger.LogWarning("Could not rebuild the unreadable index file {IndexPath}: {Reason}", damaged.IndexPath, ex.Message);
            }
            finally
            {
                Volatile.Write(ref _repairing, 0);
            }
        }, CancellationToken.None);
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
