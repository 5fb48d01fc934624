#:package Microsoft.Playwright
#:property PublishAot=false
// Phone screenshots of the reader pages of issues 11 part 3 and 15, taken by scripts/reader-screenshots-navigation.sh (a .NET
// file-based program, not a test): Playwright for .NET driving Debian's Chromium at 360x800 CSS px, scale 2.
// Arguments: the site's address and the output folder.
using Microsoft.Playwright;

var site = args[0].TrimEnd('/');
var output = args[1];
Directory.CreateDirectory(output);

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async Task<IPage> OpenAsync(string address, bool javaScript = true)
{
    var context = await browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 360, Height = 800 },
        DeviceScaleFactor = 2,
        JavaScriptEnabled = javaScript,
        Locale = "zh-CN",
        ColorScheme = ColorScheme.Light,
    });
    await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site });
    var page = await context.NewPageAsync();
    await page.GotoAsync(site + address);
    return page;
}

async Task ShotAsync(IPage page, string name)
{
    var file = Path.Combine(output, $"reader-{name}.png");
    await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
    Console.WriteLine($"{file}  <- {page.Url}");
    await page.Context.CloseAsync();
}

await ShotAsync(await OpenAsync("/articles"), "articles-index");
await ShotAsync(await OpenAsync("/topics"), "topics-index");
await ShotAsync(await OpenAsync("/about"), "about");
await ShotAsync(await OpenAsync("/accessibility"), "accessibility");
await ShotAsync(await OpenAsync("/report?article=night-visits", javaScript: false), "report-nojs");
await ShotAsync(await OpenAsync("/articles/where-to-complain"), "breadcrumbs");
await ShotAsync(await OpenAsync("/topics/complaints"), "topic-complaints");
await ShotAsync(await OpenAsync("/search?q=xyzxyz"), "search-none");

// The address to copy: without JavaScript, one tap selects it whole; with it, one tap on 复制链接 copies it.
var noJs = await OpenAsync("/articles/night-visits", javaScript: false);
await noJs.Locator("#page-address").ScrollIntoViewIfNeededAsync();
await noJs.Locator("#page-address").ClickAsync();
await ShotAsync(noJs, "share-nojs-selected");
var withJs = await OpenAsync("/articles/night-visits");
await withJs.Locator("[data-copy-link]").ScrollIntoViewIfNeededAsync();
await withJs.Locator("[data-copy-link]").ClickAsync();
await withJs.Locator(".copy-status").GetByText("已复制链接").WaitForAsync();
await ShotAsync(withJs, "share-js-copied");

// The middle of a long article: 目录 and 回到顶部 stay at the bottom of the screen.
var longPage = await OpenAsync("/articles/complain-licensed-lender");
await longPage.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight * 0.5)");
await ShotAsync(longPage, "long-article-middle");

// A wrapped list link keeps its bullet on its first line (home, second screen).
var home = await OpenAsync("/");
await home.EvaluateAsync("window.scrollTo(0, 800)");
await ShotAsync(home, "home-list-bullets");

// The letter builder lands on the finished letter.
var letters = await OpenAsync("/letters", javaScript: false);
await letters.FillAsync("#Form_Lender", "某某消费金融有限公司");
await letters.Locator("form.letter-form button[type=submit]").ClickAsync();
await letters.WaitForURLAsync("**#letter-h");
await ShotAsync(letters, "letters-landing");

// The rights card printed to A4.
var card = await OpenAsync("/articles/rights-card");
await card.WaitForFunctionAsync("document.querySelector('.card-qr img').complete");
await card.PdfAsync(new PagePdfOptions { Format = "A4", Path = Path.Combine(output, "..", "rights-card.pdf") });
await card.Context.CloseAsync();
