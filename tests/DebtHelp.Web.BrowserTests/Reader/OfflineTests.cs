using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DebtHelp.Web.BrowserTests.Reader;

/// <summary>Offline reading (issue 15 item 4) in Chromium on a phone: what was kept opens without a network.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("")]
    [InlineData("/zh-hant")]
    public async Task The_emergency_page_reloads_offline_and_an_unvisited_page_shows_the_offline_page(string prefix)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(prefix + "/articles/night-visits");
        await WaitUntilKeptAsync(page, prefix + "/articles/night-visits");
        await page.GotoAsync(prefix + SitePages.Emergency);
        var title = await page.Locator("h1").InnerTextAsync();
        await WaitUntilKeptAsync(page, prefix + SitePages.Emergency, prefix + "/offline", prefix + "/articles/rights-card", prefix + "/articles/crisis-support");

        await context.SetOfflineAsync(true);
        await page.ReloadAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        // Styled from the kept stylesheet, not a bare page.
        Assert.Equal("rgb(251, 250, 247)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));

        await page.GotoAsync(prefix + "/articles/refuse-entry");
        await Expect(page.Locator("h1")).ToHaveTextAsync(prefix == "" ? "现在没有联网" : "現在沒有聯網");
        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, prefix + "/articles/refuse-entry").ToString());
        await Expect(page.Locator($"ul.kept a[href='{prefix}{SitePages.Emergency}']")).ToHaveCountAsync(1);
        await Expect(page.Locator($"ul.kept a[href='{prefix}/articles/rights-card']")).ToHaveCountAsync(1);
        await Expect(page.Locator($"ul.kept a[href='{prefix}/articles/crisis-support']")).ToHaveCountAsync(1);
        // The article read earlier is listed as kept, and opens.
        var read = page.Locator($"#kept-articles a[href='{prefix}/articles/night-visits']");
        await Expect(read).ToBeVisibleAsync();
        await read.ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("深夜");

        await page.GotoAsync(prefix + "/articles/rights-card");
        await Expect(page.Locator("h1")).ToContainTextAsync(prefix == "" ? "权利卡" : "權利卡");
    }

    [Fact]
    public async Task Searches_are_never_kept_offline()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Emergency);
        await WaitUntilKeptAsync(page, SitePages.Emergency, "/offline");
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("我欠了三万"));
        await page.GotoAsync(SitePages.Emergency);

        var kept = await page.EvaluateAsync<string[]>("caches.open('debthelp-pages').then(c => c.keys()).then(k => k.map(r => r.url))");

        Assert.DoesNotContain(kept, url => url.Contains("search", StringComparison.Ordinal));
        Assert.DoesNotContain(kept, url => url.Contains("%E6%88%91", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Where_service_workers_are_blocked_pages_work_as_before()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = BrowserFixture.PhoneWidth, Height = BrowserFixture.PhoneHeight },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(SitePages.Emergency);
        await page.Locator("footer a[href='/articles/rights-card']").ClickAsync();

        await Expect(page.Locator("h1")).ToContainTextAsync("权利卡");
        Assert.Empty(errors);
    }

    private static async Task WaitUntilKeptAsync(IPage page, params string[] paths)
    {
        await page.WaitForFunctionAsync(
            "paths => navigator.serviceWorker && navigator.serviceWorker.controller && caches.open('debthelp-pages')"
            + ".then(c => Promise.all(paths.map(p => c.match(p)))).then(found => found.every(Boolean))"
            + ".then(ok => ok && caches.open('debthelp-files').then(c => c.keys()).then(k => k.some(r => r.url.includes('/css/site.css'))))",
            paths, new PageWaitForFunctionOptions { PollingInterval = 200, Timeout = 20_000 });
    }
}
