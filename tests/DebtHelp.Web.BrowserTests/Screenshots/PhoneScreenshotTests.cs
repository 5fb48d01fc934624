using System.Buffers.Binary;
using static Microsoft.Playwright.Assertions;

namespace DebtHelp.Web.BrowserTests.Screenshots;

/// <summary>
/// The first screen of the home page, an article and a search, as a 360x740 phone shows it (at 2x pixels, like most
/// phones). Every run takes them into a temp folder, so a test run leaves the repository alone; scripts/screenshots.sh
/// copies them over the ones in docs/screenshots/ that the README shows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneScreenshotTests(BrowserFixture browser)
{
    private const int Scale = 2;

    [Theory]
    [InlineData("home-phone", SitePages.Home)]
    [InlineData("article-phone", SitePages.Article)]
    [InlineData("search-phone", SitePages.SearchResults)]
    public async Task A_phone_screenshot_shows_the_first_screen(string name, string path)
    {
        await using var context = await browser.NewContextAsync(scale: Scale);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await page.EvaluateAsync("document.fonts.ready");

        var file = Path.Combine(OutputFolder(), name + ".png");
        var png = await page.ScreenshotAsync(new() { Path = file, Type = Microsoft.Playwright.ScreenshotType.Png });

        Assert.True(png.Length > 10_000, $"{file} is only {png.Length} bytes: a blank page?");
        Assert.Equal(BrowserFixture.PhoneWidth * Scale, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(BrowserFixture.PhoneHeight * Scale, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    /// <summary>Where the screenshots go (scripts/screenshots.sh reads them from here).</summary>
    public static string OutputFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "debthelp-browser-tests", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
