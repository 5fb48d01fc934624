using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DebtHelp.Web.BrowserTests.Reader;

/// <summary>The SVG pictures (issue 15 item 5) and the Taiwan and Hong Kong views (item 1) on a phone, checked with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PictureAndScriptTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("/articles/sued-summons-what-to-do", "15日内交答辩状", "/articles/defence-period-and-court")]
    [InlineData("/zh-hant/articles/defence-period-and-court", "15日內交答辯狀", "/zh-hant/articles/defence-period-and-court")]
    [InlineData("/zh-hk/articles/when-visits-happen", "4 最後：起訴", "/zh-hk/articles/sued-summons-what-to-do")]
    public async Task A_picture_shows_real_text_its_steps_are_links_and_axe_finds_nothing(string path, string text, string stepTarget)
    {
        foreach (var dark in new[] { false, true })
        {
            await using var context = await browser.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.EmulateMediaAsync(new() { ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light });
            await page.GotoAsync(path);

            var svg = page.Locator("figure.diagram svg");
            await Expect(svg).ToBeVisibleAsync();
            var box = await svg.BoundingBoxAsync();
            Assert.True(box!.Width <= BrowserFixture.PhoneWidth, $"the picture is {box.Width}px wide on a {BrowserFixture.PhoneWidth}px phone");
            await Expect(svg.Locator("text", new() { HasTextString = text })).ToBeVisibleAsync();
            var result = await page.RunAxe(Options);
            Assert.True(result.Violations.Length == 0, $"{path} (dark: {dark}):\n" + string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(' ', v.Nodes.Take(3).Select(n => n.Html))}")));

            if (!dark)
            {
                // A step links to its article as a sibling of the page, so the click stays in the page's script.
                await svg.Locator($"a[href='{stepTarget.Split('/')[^1]}']").First.ClickAsync();
                await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, stepTarget).ToString());
            }
        }
    }

    [Theory]
    [InlineData("/zh-hant/articles/verify-collector-identity", "zh-Hant-TW")]
    [InlineData("/zh-hk/articles/verify-collector-identity", "zh-Hant-HK")]
    [InlineData("/zh-hk/search?q=%E4%B8%8A%E9%96%80", "zh-Hant-HK")]
    public async Task The_regional_views_are_served_with_their_language_and_pass_axe(string path, string lang)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        var result = await page.RunAxe(Options);
        Assert.True(result.Violations.Length == 0, $"{path}:\n" + string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help}")));

        // From Hong Kong or Taiwan forms to simplified and back, the page stays the same page.
        await page.Locator("footer a[hreflang='zh-Hans']").ClickAsync();
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        await page.Locator($"footer a[hreflang='{lang}']").ClickAsync();
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(Uri.UnescapeDataString(new Uri(browser.BaseAddress, path).ToString()), Uri.UnescapeDataString(page.Url));
    }
}
