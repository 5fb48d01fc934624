using System.Net;
using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace DebtHelp.Web.Tests.KnowledgeBase;

/// <summary>Faults on disk while the site runs: it keeps serving, and content/ is never modified.</summary>
public sealed class FaultTests
{
    private static async Task<bool> SearchFindsAsync(HttpClient client, string query) =>
        (await client.GetPageAsync("/api/search?q=" + Uri.EscapeDataString(query))).Contains("night-visits", StringComparison.Ordinal);

    [Theory]
    [InlineData("deleted")]
    [InlineData("truncated")]
    [InlineData("overwritten")]
    [InlineData("locked")]
    public async Task A_damaged_index_file_while_running_never_causes_an_error_and_the_next_start_rebuilds_it(string damage)
    {
        using var site = new SiteFactory();
        var client = await site.ReadyClientAsync();
        var path = site.Holder.Current!.IndexPath;
        SqliteConnection.ClearAllPools();
        // Another process (a backup tool, a second instance) holding the file locked through the next start.
        using var locker = new SqliteConnection($"Data Source={path};Pooling=False");
        switch (damage)
        {
            case "locked":
                locker.Open();
                using (var command = locker.CreateCommand())
                {
                    command.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE;";
                    command.ExecuteNonQuery();
                }

                break;
            case "deleted":
                File.Delete(path);
                break;
            case "truncated":
                using (var stream = new FileStream(path, FileMode.Open))
                {
                    stream.SetLength(4096);
                }

                break;
            default:
                await File.WriteAllTextAsync(path, new string('x', 50_000));
                break;
        }

        // Every request still succeeds: pages and search come from memory.
        for (var i = 0; i < 5; i++)
        {
            foreach (var url in new[] { "/", "/articles/night-visits", "/search?q=深夜" + i, "/api/search?q=凌晨" + i })
            {
                using var response = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        Assert.True(await SearchFindsAsync(client, "半夜有人敲门要钱"), "search is served from memory, whatever happens to the file");

        // The running site never reads the file again; the next start finds it damaged and rebuilds it whole.
        var hash = site.Holder.Current!.ContentHash;
        using var restarted = site.WithWebHostBuilder(_ => { });
        var holder = await restarted.ReadyAsync();
        Assert.Equal(path, holder.Current!.IndexPath);
        Assert.True(IsWholeIndex(holder.Current!.IndexPath, hash), "the next start rebuilds the index file whole");
        if (damage == "locked")
        {
            // Not read through the lock, nor waited on: given up after the index's 2 s busy timeout and rebuilt.
            Assert.Contains("is unusable", site.Logs.AllText);
        }
    }

    private static bool IsWholeIndex(string path, string hash)
    {
        try
        {
            return SnapshotLoader.Load(path, hash, SynonymTable.Empty).Articles.Count > 0;
        }
        catch (SnapshotLoader.InvalidIndexException)
        {
            return false;
        }
    }

    [Fact]
    public async Task A_huge_or_binary_file_in_content_is_reported_and_everything_else_serves()
    {
        using var site = new SiteFactory();
        using (var huge = new FileStream(Path.Combine(site.ContentRoot, "articles", "huge.md"), FileMode.Create))
        {
            huge.SetLength(100L * 1024 * 1024);
        }

        await File.WriteAllBytesAsync(Path.Combine(site.ContentRoot, "articles", "picture.md"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xFF]);
        await File.WriteAllBytesAsync(Path.Combine(site.ContentRoot, "blob.bin"), new byte[5_000_000]);

        var client = await site.ReadyClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/night-visits")).StatusCode);
        var problems = site.Holder.Current!.Problems;
        Assert.Contains(problems, p => p.File == "articles/huge.md" && p.Message.Contains("limit", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == "articles/picture.md");
        Assert.Contains("articles/huge.md", site.Logs.AllText);
    }

    [Fact]
    public async Task Read_only_content_is_served_and_never_modified()
    {
        using var site = new SiteFactory();
        foreach (var file in Directory.EnumerateFiles(site.ContentRoot, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.ReadOnly);
        }

        var before = ContentLoader.ComputeHash(site.ContentRoot);
        var stamps = Directory.EnumerateFiles(site.ContentRoot, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var client = await site.ReadyClientAsync();
        await client.GetAsync("/");
        await client.GetAsync("/search?q=催收");

        Assert.Equal(before, ContentLoader.ComputeHash(site.ContentRoot));
        Assert.All(stamps, kv => Assert.Equal(kv.Value, File.GetLastWriteTimeUtc(kv.Key)));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.ContentRoot, "*", SearchOption.AllDirectories), f => f.EndsWith(".db", StringComparison.Ordinal));
        foreach (var file in Directory.EnumerateFiles(site.ContentRoot, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }
    }

    [Fact]
    public async Task An_unwritable_index_folder_falls_back_to_the_temp_folder_with_a_clear_log_line()
    {
        using var site = new SiteFactory();
        // A path below a regular file can never be created: like a full or read-only disk for our purposes.
        var blocker = Path.Combine(site.Workspace, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x");
        using var broken = site.WithWebHostBuilder(b => b.UseSetting("Index:Directory", Path.Combine(blocker, "index")));
        var client = broken.CreateClient();
        var holder = await broken.ReadyAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/night-visits")).StatusCode);
        Assert.StartsWith(Path.GetTempPath(), holder.Current!.IndexPath, StringComparison.Ordinal);
        Assert.Contains("Cannot write the index", site.Logs.AllText);
    }
}
