#:package Microsoft.Playwright@1.64.1
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
#:property JsonSerializerIsReflectionEnabledByDefault=true
#:property TreatWarningsAsErrors=false

// Phone screenshots (360x800 CSS px, device scale 2) of the reader features of issue 15 items 1, 4, 5, 6, into
// docs/screenshots/. Run by scripts/reader-screenshots.sh, which starts the site; argument: the site's address.
using Microsoft.Playwright;

var baseUrl = args.Length > 0 ? args[0] : "http://127.0.0.1:5391";
var output = args.Length > 1 ? args[1] : "docs/screenshots";
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox", "--disable-gpu"] });

async Task<IBrowserContext> Phone(bool javaScript = true) => await browser.NewContextAsync(new()
{
    BaseURL = baseUrl,
    ViewportSize = new() { Width = 360, Height = 800 },
    DeviceScaleFactor = 2,
    JavaScriptEnabled = javaScript,
    Locale = "zh-CN",
});

async Task Shot(IPage page, string name, string? scrollTo = null)
{
    if (scrollTo is not null)
    {
        await page.Locator(scrollTo).First.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
    }

    await page.ScreenshotAsync(new() { Path = Path.Combine(output, name + ".png") });
    Console.WriteLine($"{output}/{name}.png  <- {page.Url}");
}

var context = await Phone();
var page = await context.NewPageAsync();

// Item 1: Taiwan and Hong Kong forms.
await page.GotoAsync("/zh-hant/articles/verify-collector-identity");
await Shot(page, "zh-hant-article");
await page.GotoAsync("/zh-hk/articles/verify-collector-identity");
await Shot(page, "zh-hk-article");
await Shot(page, "zh-hk-footer-scripts", "footer.site");

// Item 5: the pictures.
await page.GotoAsync("/articles/when-visits-happen");
await Shot(page, "diagram-collection-stages", "figure.diagram");
await page.GotoAsync("/articles/sued-summons-what-to-do");
await Shot(page, "diagram-lawsuit-timeline", "figure.diagram");
await page.GotoAsync("/zh-hant/articles/defence-period-and-court");
await Shot(page, "diagram-lawsuit-timeline-zh-hant", "figure.diagram");
await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
await page.GotoAsync("/articles/when-visits-happen");
await Shot(page, "diagram-collection-stages-dark", "figure.diagram");
await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });

// Item 6: the question, with JavaScript off, answered.
var plain = await Phone(javaScript: false);
var noJs = await plain.NewPageAsync();
await noJs.GotoAsync("/articles/refuse-entry");
await noJs.Locator(".feedback summary").ClickAsync();
await Shot(noJs, "feedback-form-nojs", "form.feedback");
await noJs.GetByRole(AriaRole.Button, new() { Name = "有帮助", Exact = true }).ClickAsync();
await noJs.WaitForURLAsync("**#feedback-thanks");
await Shot(noJs, "feedback-thanks-nojs");

// Item 4: offline. Keep the emergency page, cut the network, reload; then an unvisited page.
await page.GotoAsync("/articles/night-visits");
await page.GotoAsync("/articles/collector-at-door-now");
await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller && caches.open('debthelp-pages').then(c => c.match('/offline'))", null, new() { PollingInterval = 200 });
await context.SetOfflineAsync(true);
await page.ReloadAsync();
await Shot(page, "offline-emergency-reloaded");
await page.GotoAsync("/articles/refuse-entry");
await page.Locator("#kept-articles:not([hidden])").WaitForAsync();
await Shot(page, "offline-page");
