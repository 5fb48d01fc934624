using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DebtHelp.Web.BrowserTests.Accessibility;

/// <summary>A reader who uses a keyboard (or a switch device) gets past the header at once and always sees where they are.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    private const int MaxTabsToSearchBox = 5;

    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Article)]
    [InlineData(SitePages.SearchResults)]
    [InlineData(SitePages.NotFound)]
    public async Task The_first_Tab_focuses_the_skip_link_and_Enter_moves_focus_to_main(string path)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToHaveAttributeAsync("href", "#main");
        await Expect(skip).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();

        // The next Tab continues from the content, not from the top of the page again.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"),
            $"{path}: after the skip link, Tab went to {await ActiveElementAsync(page)}");
    }

    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Article)]
    public async Task The_search_box_is_reached_with_a_few_Tabs(string path)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);

        var tabs = 0;
        while (tabs < MaxTabsToSearchBox && await page.EvaluateAsync<string>("document.activeElement.id") != "q")
        {
            await page.Keyboard.PressAsync("Tab");
            tabs++;
        }

        await Expect(page.Locator("#q")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("可以不开门吗");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".results .result-title").First).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Article)]
    [InlineData(SitePages.TemplateArticle)]
    [InlineData(SitePages.SearchResults)]
    [InlineData(SitePages.NotFound)]
    public async Task Every_element_focused_with_Tab_shows_a_visible_outline(string path)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        // Tab stops: links, buttons, fields and <summary>; fields inside a closed <details> are not reachable until it opens.
        var stops = await page.EvaluateAsync<int>(
            "Array.from(document.querySelectorAll('a[href], button, input:not([type=hidden]), summary')).filter(e => e.tagName === 'SUMMARY' || !e.closest('details:not([open])')).length");

        var missing = new List<string>();
        for (var i = 0; i < stops; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string>("""
                () => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }
                """);
            var parts = outline.Split(' ');
            var width = double.Parse(parts[1].Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            if (parts[0] == "none" || width < 2)
            {
                missing.Add($"{outline}: {await ActiveElementAsync(page)}");
            }
        }

        Assert.True(missing.Count == 0, $"{path}: focused without a visible outline:\n{string.Join('\n', missing)}");
    }

    private static Task<string> ActiveElementAsync(IPage page) =>
        page.EvaluateAsync<string>("document.activeElement ? document.activeElement.outerHTML.slice(0, 100) : 'nothing'");
}
