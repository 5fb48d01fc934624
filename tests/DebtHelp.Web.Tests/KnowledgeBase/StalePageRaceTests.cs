using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace DebtHelp.Web.Tests.KnowledgeBase;

/// <summary>
/// A page whose render began on the old snapshot and ended after the swap must never answer for the new one:
/// not as a body, and not as a 304 to a browser revalidating with the new ETag.
/// </summary>
public sealed class StalePageRaceTests
{
    private const int Edits = 3;

    [Fact]
    public async Task An_article_edited_while_readers_request_it_is_never_served_stale_or_revalidated_as_fresh()
    {
        using var site = new SiteFactory().Watching();
        var client = await site.ReadyClientAsync();
        var file = Path.Combine(site.ContentRoot, "articles", "negotiate.md");
        var original = await File.ReadAllTextAsync(file);

        // Readers keep asking for the article, some under addresses nobody asked for yet, so renders are in
        // flight when the new snapshot is swapped in.
        using var stop = new CancellationTokenSource();
        var urls = new ConcurrentQueue<string>();
        var next = 0;
        var readers = Enumerable.Range(0, 4).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                var url = Interlocked.Increment(ref next) % 3 == 0 ? "/articles/negotiate" : $"/articles/negotiate?reader={next}";
                urls.Enqueue(url);
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
            }
        }).ToList();

        // Each edit is one chance for the race: a render in flight across the swap. After each swap (and a
        // moment for the renders that were running to finish and be stored) every address read during the edit
        // must give the new version.
        var stale = new List<string>();
        EntityTagHeaderValue? etag = null;
        for (var i = 0; i < Edits && stale.Count == 0; i++)
        {
            await Task.Delay(200);
            var firstOfRound = urls.Count;
            var before = site.Holder.Current!;
            var marker = $"第{i}次修改。";
            await File.WriteAllTextAsync(file, original + "\n\n" + marker);
            await Eventually.HoldsAsync(() => Task.FromResult(site.Holder.Current != before), "the rebuild");
            await Task.Delay(500);
            foreach (var url in urls.Skip(firstOfRound).Distinct().ToList())
            {
                using var response = await client.GetAsync(url);
                if (!(await response.Content.ReadAsStringAsync()).Contains(marker, StringComparison.Ordinal))
                {
                    stale.Add($"{url} after edit {i}");
                }

                etag = response.Headers.ETag;
            }
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.True(stale.Count == 0, $"{stale.Count} addresses served the page from before the edit, e.g. {string.Join(", ", stale.Take(5))}");

        // A browser holding the page revalidates with the new ETag: a 304 must mean it already has the new body.
        Assert.NotNull(etag);
        using var notModified = await client.GetWithHeadersAsync("/articles/negotiate", ("If-None-Match", etag.ToString()));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }
}
