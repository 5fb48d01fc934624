using System.ComponentModel.DataAnnotations;

namespace DebtHelp.Web.Articles;

/// <summary>Where the knowledge base lives on disk and how it is watched.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// Folder holding <c>topics.yml</c> and <c>articles/</c>. Empty means: look for the repository's
    /// <c>content/</c> above the app, then for the copy shipped beside the binaries.
    /// </summary>
    public string RootPath { get; set; } = "";

    /// <summary>Rebuild the index when a file under the root changes.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet period after the last file change before a rebuild starts.</summary>
    [Range(0, 60_000)]
    public int ReloadDelayMilliseconds { get; set; } = 500;

    /// <summary>Articles whose <c>reviewed</c> date is older than this get a warning.</summary>
    [Range(1, 120)]
    public int ReviewWarningMonths { get; set; } = 12;

    /// <summary>Files larger than this are reported and left out rather than read.</summary>
    [Range(1_024, 100_000_000)]
    public long MaxArticleBytes { get; set; } = 1_000_000;

    /// <summary>Resolves <see cref="RootPath"/> to an absolute folder that exists.</summary>
    public string ResolveRoot(string contentRootPath)
    {
        if (!string.IsNullOrWhiteSpace(RootPath))
        {
            return Path.GetFullPath(RootPath, contentRootPath);
        }

        foreach (var start in new[] { contentRootPath, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (File.Exists(Path.Combine(candidate, TopicCatalog.FileName)))
                {
                    return candidate;
                }
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "content");
    }
}
