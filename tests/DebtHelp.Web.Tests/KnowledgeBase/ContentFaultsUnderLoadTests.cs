using System.Net;
using Xunit.Abstractions;

namespace DebtHelp.Web.Tests.KnowledgeBase;

/// <summary>
/// The probe's eight kinds of content fault, one after another on a watched content folder while readers keep
/// asking for the pages no fault should touch. The figure: stable pages answered / requests.
/// </summary>
public sealed class ContentFaultsUnderLoadTests(ITestOutputHelper output)
{
    private static readonly string[] StablePages =
    [
        "/", "/articles/night-visits", "/articles/verify-identity", "/topics/home-visit-legality",
        "/feed.xml", "/sitemap.xml", "/zh-hant/articles/night-visits", "/healthz",
    ];

    private static string Front(string title) => "---\ntitle: " + title + "\nsummary: 测试用的文章。\ntopics: [evidence]\nupdated: 2026-11-01\nreviewed: 2026-11-01\n---\n正文\n";

    [Fact]
    public async Task Eight_kinds_of_content_fault_under_concurrent_readers_leave_every_stable_page_answering()
    {
        using var site = new SiteFactory().Watching();
        var client = await site.ReadyClientAsync();
        var articles = Path.Combine(site.ContentRoot, "articles");
        var outside = Path.Combine(site.Workspace, "outside");
        Directory.CreateDirectory(outside);
        var originalTitle = site.Holder.Current!.BySlug["night-visits"].Title;

        var answered = 0;
        var requests = 0;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            var i = r;
            while (!stop.IsCancellationRequested)
            {
                var page = StablePages[i++ % StablePages.Length];
                Interlocked.Increment(ref requests);
                using var response = await client.GetAsync(page);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK && !body.Contains("root:x:0:0", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref answered);
                }
                else
                {
                    failures.Enqueue($"{page} -> {(int)response.StatusCode}");
                }
            }
        })).ToList();

        async Task FaultAsync(string kind, Action fault)
        {
            var before = site.Holder.Current!.ContentHash;
            fault();
            await Eventually.HoldsAsync(() => Task.FromResult(site.Holder.Current!.ContentHash != before), "the rebuild after: " + kind);
            await Task.Delay(300);
        }

        await FaultAsync("edit", () => File.WriteAllText(Path.Combine(articles, "verify-identity.md"),
            File.ReadAllText(Path.Combine(articles, "verify-identity.md")).Replace("title: 怎样核实上门的人的身份", "title: 怎样核实上门者的身份", StringComparison.Ordinal)));
        await FaultAsync("broken YAML", () => File.WriteAllText(Path.Combine(articles, "broken-yaml.md"), "---\ntitle: [unclosed\n  - : :\n---\n正文"));
        await FaultAsync("delete a related article", () => File.Delete(Path.Combine(articles, "door-now.md")));
        await FaultAsync("rename", () => File.Move(Path.Combine(articles, "negotiate.md"), Path.Combine(articles, "negotiate-renamed.md")));
        await FaultAsync("5 MB file", () =>
        {
            using var huge = new FileStream(Path.Combine(articles, "huge.md"), FileMode.Create);
            huge.SetLength(5_000_000);
        });
        await FaultAsync("binary file", () => File.WriteAllBytes(Path.Combine(articles, "binary.md"), Enumerable.Range(0, 4096).Select(b => (byte)((b * 7919) % 251)).ToArray()));
        await FaultAsync("symlinks", () =>
        {
            File.WriteAllText(Path.Combine(outside, "outside-link.md"), Front("外面的文章"));
            File.CreateSymbolicLink(Path.Combine(articles, "passwd.md"), "/etc/passwd");
            File.CreateSymbolicLink(Path.Combine(articles, "outside-link.md"), Path.Combine(outside, "outside-link.md"));
            Directory.CreateSymbolicLink(Path.Combine(articles, "loop"), "..");
        });
        await FaultAsync("slug collision", () => File.WriteAllText(Path.Combine(articles, "aaa-collision.md"),
            Front("冒名顶替").Replace("---\ntitle", "---\nslug: night-visits\ntitle", StringComparison.Ordinal)));

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        var figure = $"stable pages answered {answered:N0} / {requests:N0} requests";
        output.WriteLine(figure);
        Console.WriteLine("ContentFaultsUnderLoad: " + figure);
        var snapshot = site.Holder.Current!;
        Assert.Equal(originalTitle, snapshot.BySlug["night-visits"].Title);
        Assert.Contains(snapshot.Problems, p => p.File == "articles/aaa-collision.md" && p.Message.Contains("night-visits", StringComparison.Ordinal));
        Assert.DoesNotContain(snapshot.Articles, a => a.Slug is "outside-link" or "passwd");
        Assert.True(snapshot.Problems.Count < 20, string.Join("\n", snapshot.Problems));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/negotiate-renamed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/articles/outside-link")).StatusCode);
        Assert.True(answered == requests, figure + "; failures: " + string.Join(", ", failures.Take(10)));
    }
}
