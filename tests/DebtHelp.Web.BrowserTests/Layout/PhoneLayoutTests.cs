using System.Text.Json;
using Microsoft.Playwright;

namespace DebtHelp.Web.BrowserTests.Layout;

/// <summary>Measured in Chromium on a 360x740 phone screen (the narrowest common Android width) and on a 1280 desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    private const int MinTapTarget = 44;
    private const double MinFontPixels = 16;
    private const int DesktopWidth = 1280;
    private const int MaxColumnWidth = 760;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// Every visible link, button and input, with its height. Links inside the running text of an article (paragraphs,
    /// list items, table cells and quotes of .body) are marked inline: WCAG 2.5.8 exempts a target "in a sentence or its
    /// size is otherwise constrained by the line-height of non-target text", and making them 44px tall would pull the
    /// prose apart. Everything else (header, search, navigation, result lists, topic lists, footer) must be 44px tall.
    /// The skip link is off-screen until focused and is left out.
    /// </summary>
    private const string TapTargetsScript = """
        () => JSON.stringify([...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
          .map(el => ({ el, r: el.getBoundingClientRect() }))
          .filter(({ el, r }) => r.width > 0 && r.height > 0 && r.right > 0 && getComputedStyle(el).visibility !== 'hidden')
          .map(({ el, r }) => ({
            region: el.closest('header.site') ? 'header' : el.closest('footer.site') ? 'footer' : el.closest('nav') ? 'nav'
              : el.closest('.results') ? 'results' : 'main',
            inline: !!el.closest('.body p, .body li, .body td, .body th, .body blockquote'),
            height: r.height,
            html: el.outerHTML.slice(0, 120),
          })))
        """;

    /// <summary>The font size of every piece of visible text on the page, taken from the element that holds it.</summary>
    private const string TextSizesScript = """
        () => {
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!node.textContent.trim() || el.closest('.visually-hidden, .skip')) continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            out.push({ size: parseFloat(getComputedStyle(el).fontSize), text: node.textContent.trim().slice(0, 30), tag: el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') });
          }
          return JSON.stringify(out);
        }
        """;

    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task The_page_does_not_scroll_sideways_on_a_360_pixel_phone(string path)
    {
        var page = await OpenAsync(path);

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var widest = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .slice(0, 3).map(e => e.outerHTML.slice(0, 100)).join('\n')
            """);

        Assert.True(scrollWidth <= BrowserFixture.PhoneWidth, $"{path} is {scrollWidth}px wide on a {BrowserFixture.PhoneWidth}px screen; too wide:\n{widest}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Body_text_is_at_least_16_pixels(string path)
    {
        var page = await OpenAsync(path);

        var bodySize = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontSize");
        var texts = JsonSerializer.Deserialize<List<TextSize>>(await page.EvaluateAsync<string>(TextSizesScript), Json)!;

        Assert.True(double.Parse(bodySize.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= MinFontPixels, $"{path}: body font-size is {bodySize}");
        var small = texts.Where(t => t.Size < MinFontPixels).Select(t => $"{t.Size}px <{t.Tag}> {t.Text}").Distinct().ToList();
        Assert.True(small.Count == 0, $"{path}: text smaller than {MinFontPixels}px:\n{string.Join('\n', small)}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Every_link_button_and_input_outside_running_text_is_at_least_44_pixels_tall(string path)
    {
        var page = await OpenAsync(path);

        var targets = JsonSerializer.Deserialize<List<TapTarget>>(await page.EvaluateAsync<string>(TapTargetsScript), Json)!;

        Assert.Contains(targets, t => t.Region == "header");
        var small = targets.Where(t => !t.Inline && t.Height < MinTapTarget - 0.5)
            .Select(t => $"{t.Region}: {t.Height:0.#}px {t.Html}").ToList();
        Assert.True(small.Count == 0, $"{path}: tap targets under {MinTapTarget}px:\n{string.Join('\n', small)}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Article)]
    [InlineData(SitePages.TemplateArticle)]
    [InlineData(SitePages.SearchResults)]
    public async Task On_a_wide_screen_the_main_column_stays_at_most_760_pixels_wide(string path)
    {
        var page = await OpenAsync(path, DesktopWidth, 900);

        var width = await page.EvaluateAsync<double>("document.querySelector('main').getBoundingClientRect().width");

        Assert.True(width <= MaxColumnWidth, $"{path}: main is {width}px wide at {DesktopWidth}px");
        Assert.True(width >= 360, $"{path}: main is only {width}px wide at {DesktopWidth}px");
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(string path, int width = BrowserFixture.PhoneWidth, int height = BrowserFixture.PhoneHeight)
    {
        var context = await browser.NewContextAsync(width: width, height: height);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    private sealed record TapTarget(string Region, bool Inline, double Height, string Html);

    private sealed record TextSize(double Size, string Text, string Tag);
}
