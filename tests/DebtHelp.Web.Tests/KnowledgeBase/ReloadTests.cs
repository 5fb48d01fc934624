using System.Net;
using DebtHelp.Web.KnowledgeBase;

namespace DebtHelp.Web.Tests.KnowledgeBase;

public sealed class ReloadTests
{
    [Fact]
    public async Task An_edited_article_is_served_after_the_background_rebuild()
    {
        using var site = new SiteFactory().Watching();
        var client = await site.ReadyClientAsync();
        var file = Path.Combine(site.ContentRoot, "articles", "negotiate.md");

        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("还不上钱怎么协商分期", "还不上钱怎样申请分期", StringComparison.Ordinal));
        await site.Holder.SwapAsync(s => s.BySlug["negotiate"].Title.Contains("还不上钱怎样申请分期", StringComparison.Ordinal), "the rebuild with the edited title");

        // The page rendered after the swap is the new one, whatever was rendered or cached before it.
        Assert.Contains("还不上钱怎样申请分期", await client.GetPageAsync("/articles/negotiate"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_article_appears_and_a_deleted_one_goes_away()
    {
        using var site = new SiteFactory().Watching();
        var client = await site.ReadyClientAsync();

        await File.WriteAllTextAsync(Path.Combine(site.ContentRoot, "articles", "new-one.md"),
            "---\ntitle: 新文章\nsummary: 新的回答。\ntopics: [evidence]\nupdated: 2026-11-20\nreviewed: 2026-11-20\n---\n正文。");
        File.Delete(Path.Combine(site.ContentRoot, "articles", "negotiate.md"));

        await site.Holder.SwapAsync(s => s.BySlug.ContainsKey("new-one") && !s.BySlug.ContainsKey("negotiate"), "the rebuild with both changes");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/new-one")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/negotiate")).StatusCode);
    }

    [Fact]
    public async Task A_file_broken_while_running_is_left_out_and_everything_else_keeps_serving()
    {
        using var site = new SiteFactory().Watching();
        var client = await site.ReadyClientAsync();
        var before = site.Holder.Current!;

        await File.WriteAllTextAsync(Path.Combine(site.ContentRoot, "articles", "negotiate.md"), "---\ntitle: [broken\n---\n正文");

        var snapshot = await site.Holder.SwapAsync(s => s != before, "the rebuild");
        var problem = Assert.Single(snapshot.Problems, p => p.File == "articles/negotiate.md");
        Assert.Equal(2, problem.Line);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/negotiate")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/night-visits")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Readers_never_see_an_error_while_content_changes_under_them()
    {
        using var site = new SiteFactory().Watching();
        var client = await site.ReadyClientAsync();
        var file = Path.Combine(site.ContentRoot, "articles", "negotiate.md");
        var original = await File.ReadAllTextAsync(file);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();

        var readers = Enumerable.Range(0, 4).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var url in new[] { "/", "/articles/night-visits", "/search?q=催收上门", "/api/search?q=分期" })
                {
                    using var response = await client.GetAsync(url);
                    statuses.Add(response.StatusCode);
                }
            }
        }).ToList();
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            await File.WriteAllTextAsync(file, original + $"\n\n第{i}次修改。");
            await Task.Delay(150);
        }

        await Task.WhenAll(readers);
        Assert.NotEmpty(statuses);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task Under_load_edits_additions_renames_and_a_broken_file_give_only_whole_old_or_new_pages()
    {
        using var site = new SiteFactory().Watching();
        var client = await site.ReadyClientAsync();
        var articles = Path.Combine(site.ContentRoot, "articles");
        var edited = Path.Combine(articles, "negotiate.md");
        var original = await File.ReadAllTextAsync(edited);
        var latestEdit = -1;
        using var stop = new CancellationTokenSource();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var requests = 0;

        // Readers: pages that never change must always answer 200; pages that change answer whole pages of one
        // version or a 404 for a slug that does not exist (yet, or any more); nothing ever answers 5xx.
        var readers = Enumerable.Range(0, 4).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var url in new[] { "/", "/articles/night-visits", "/articles/negotiate", "/articles/verify-identity", "/articles/verify-identity-renamed", "/articles/added-later", "/search?q=催收上门", "/api/search?q=分期" })
                {
                    using var response = await client.GetAsync(url);
                    var body = await response.Content.ReadAsStringAsync();
                    Interlocked.Increment(ref requests);
                    var status = (int)response.StatusCode;
                    var mayBeMissing = url.Contains("verify-identity", StringComparison.Ordinal) || url.EndsWith("added-later", StringComparison.Ordinal);
                    if (status != 200 && !(mayBeMissing && status == 404))
                    {
                        failures.Enqueue($"{url}: {status}");
                    }

                    if (url == "/articles/negotiate")
                    {
                        var versions = body.Split("次修改。").Length - 1;
                        if (!body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal) || versions > 1)
                        {
                            failures.Enqueue($"{url}: not one whole version ({versions} edit markers)");
                        }
                    }
                }
            }
        }).ToList();

        for (var i = 0; i < 24; i++)
        {
            await File.WriteAllTextAsync(edited, original + $"\n\n第{i}次修改。");
            Volatile.Write(ref latestEdit, i);
            switch (i)
            {
                case 6:
                    await File.WriteAllTextAsync(Path.Combine(articles, "added-later.md"),
                        "---\ntitle: 后来加的文章\nsummary: 后来加的回答。\ntopics: [evidence]\nupdated: 2026-11-20\nreviewed: 2026-11-20\n---\n正文。");
                    break;
                case 12:
                    File.Move(Path.Combine(articles, "verify-identity.md"), Path.Combine(articles, "verify-identity-renamed.md"));
                    break;
                case 18:
                    await File.WriteAllTextAsync(Path.Combine(articles, "broken-later.md"), "---\ntitle: [没写完\n---\n正文");
                    break;
            }

            await Task.Delay(150);
        }

        // The final state arrives, and the readers kept reading until it did.
        await Eventually.HoldsAsync(async () =>
            (await (await client.GetAsync("/articles/negotiate")).Content.ReadAsStringAsync()).Contains($"第{latestEdit}次修改。", StringComparison.Ordinal)
            && (await client.GetAsync("/articles/verify-identity-renamed")).StatusCode == HttpStatusCode.OK
            && (await client.GetAsync("/articles/added-later")).StatusCode == HttpStatusCode.OK, "the last version of every change");
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(requests > 100, $"only {requests} requests were made during the changes");
        Assert.Empty(failures);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/verify-identity")).StatusCode);
        var problem = Assert.Single(site.Holder.Current!.Problems, p => p.File == "articles/broken-later.md");
        Assert.Equal(2, problem.Line);
        Assert.Contains("broken-later.md", site.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_reuses_an_index_built_from_the_same_content()
    {
        string indexFile;
        DateTime written;
        var workspace = TempFolder.Create();
        try
        {
            TempFolder.CopyDirectory(TestPaths.FixtureContent, workspace);
            using (var first = SiteFactory.Over(workspace))
            {
                await first.ReadyClientAsync();
                indexFile = first.Holder.Current!.IndexPath;
                written = File.GetLastWriteTimeUtc(indexFile);
                // Same content, same index folder: the second host must reuse the file.
                using var second = SiteFactory.Restart(workspace, first.IndexDirectory);
                await second.ReadyClientAsync();
                Assert.Equal(indexFile, second.Holder.Current!.IndexPath);
                Assert.Equal(written, File.GetLastWriteTimeUtc(indexFile));
            }
        }
        finally
        {
            TempFolder.TryDelete(workspace);
        }
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("garbage")]
    public async Task A_corrupt_index_file_is_rebuilt_at_start_up(string damage)
    {
        using var first = new SiteFactory();
        await first.ReadyClientAsync();
        var path = first.Holder.Current!.IndexPath;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(path, damage == "empty" ? "" : "not a database at all, just text");

        using var second = SiteFactory.Restart(first.ContentRoot, first.IndexDirectory);
        var client = await second.ReadyClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/night-visits")).StatusCode);
        Assert.True(new FileInfo(path).Length > 10_000);
    }
}
