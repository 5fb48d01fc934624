using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>
/// The folder of warm-start files: reuses the file for the current content when it is whole, else reads the
/// content, builds the snapshot in memory and stores it for the next start. Old files are cleaned up.
/// </summary>
public sealed class IndexFolder(ContentOptions contentOptions, TimeProvider time, ILogger logger)
{
    /// <summary>How long files that keep changing may hold back a rebuild that would drop an article.</summary>
    private static readonly TimeSpan MaxSettleTime = TimeSpan.FromSeconds(10);

    public async Task<(KnowledgeBaseSnapshot Snapshot, bool Reused)> LoadOrBuildAsync(
        string contentRoot, string directory, string hash, KnowledgeBaseSnapshot? current, string reason, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, IndexFile.FileNameFor(hash));
        if (File.Exists(path))
        {
            try
            {
                var reused = SnapshotLoader.Load(path, hash, SynonymTable.Load(contentRoot, []));
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

        // The articles served now keep their slugs when a new file claims one of them.
        var servedFrom = current?.Articles.ToDictionary(a => a.Slug, a => a.SourceFile, StringComparer.Ordinal);
        var content = ContentLoader.Load(contentRoot, contentOptions, ChinaDate.Today(time), servedFrom);
        // An editor or a checkout may be caught mid-write: a file that served an article until now reads as broken
        // for a moment. Give such files time to settle before an article is dropped from the site; a file that
        // stays the same and stays broken is then left out and reported as usual.
        var settling = time.GetTimestamp();
        while (DropsServedArticles(content, current) && time.GetElapsedTime(settling) < MaxSettleTime)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(200, contentOptions.ReloadDelayMilliseconds)), time, cancellationToken);
            if (ContentLoader.ComputeHash(contentRoot) == content.Hash)
            {
                break;
            }

            logger.LogInformation("Content changed again while a file read as broken; reading it again");
            content = ContentLoader.Load(contentRoot, contentOptions, ChinaDate.Today(time), servedFrom);
        }

        foreach (var problem in content.Problems)
        {
            LogProblem(problem);
        }

        // Named after what was read, which may be newer than the hash this refresh started from.
        var snapshot = SnapshotBuilder.Build(content, Path.Combine(directory, IndexFile.FileNameFor(content.Hash)));
        IndexFile.Write(snapshot);
        return (snapshot, false);
    }

    /// <summary>Deletes the index files other than <paramref name="keep"/> and <paramref name="previous"/> (requests may still hold it).</summary>
    public void CleanUp(string keep, string? previous)
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

    /// <summary>Whether an error in <paramref name="content"/> is in a file the current snapshot serves an article from.</summary>
    private static bool DropsServedArticles(ContentSet content, KnowledgeBaseSnapshot? current)
    {
        if (current is null)
        {
            return false;
        }

        var served = current.Articles.Select(a => a.SourceFile).ToHashSet(StringComparer.Ordinal);
        return content.Problems.Any(p => p.Severity == ProblemSeverity.Error && served.Contains(p.File));
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
}
