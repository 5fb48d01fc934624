using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DebtHelp.Web.BrowserTests.Reader;

/// <summary>
/// Issue 15 items 2, 3 and 7 and issue 11 part 3 in real Chromium on a 360px phone: breadcrumbs, the indexes, the
/// table of contents on long pages, copying the address with and without JavaScript, printing, tel: links.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReaderBrowserTests(BrowserFixture browser)
{
    private const string LongArticle = "/articles/complain-licensed-lender";
    private const string RightsCard = "/articles/rights-card";

    private static readonly AxeRunOptions AxeOptions = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("/articles")]
    [InlineData("/topics")]
    [InlineData("/about")]
    [InlineData("/accessibility")]
    [InlineData("/report?article=night-visits")]
    [InlineData(RightsCard)]
    public async Task The_new_page_has_no_axe_violations_and_no_sideways_scroll(string path)
    {
        foreach (var width in new[] { BrowserFixture.PhoneWidth, 1280 })
        {
            await using var context = await browser.NewContextAsync(width: width);
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);

            var result = await page.RunAxe(AxeOptions);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

            Assert.True(result.Violations.Length == 0, $"{path} at {width}px:\n" + string.Join('\n', result.Violations.Select(v =>
                $"{v.Id}: {v.Help}\n" + string.Join('\n', v.Nodes.Take(5).Select(n => "    " + n.Html)))));
            Assert.True(scrollWidth <= width, $"{path} is {scrollWidth}px wide at {width}px");
        }
    }

    [Fact]
    public async Task An_article_shows_home_and_its_topic_as_breadcrumbs_that_lead_there()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/where-to-complain");

        var crumbs = page.Locator("nav.crumbs a");
        Assert.Equal(["首页", "投诉维权"], await crumbs.AllInnerTextsAsync());
        Assert.True(await crumbs.First.IsVisibleAsync());

        await crumbs.Nth(1).ClickAsync();
        await page.WaitForURLAsync("**/topics/complaints");
        Assert.Equal(["首页", "全部主题"], await page.Locator("nav.crumbs a").AllInnerTextsAsync());

        await page.Locator("nav.crumbs a").Nth(1).ClickAsync();
        await page.WaitForURLAsync("**/topics");
        Assert.Equal(5, await page.Locator("main .article-list > li > a").CountAsync());
    }

    [Fact]
    public async Task The_all_articles_index_is_reached_from_the_footer_and_lists_every_article()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("footer.site a", new() { HasText = "全部文章" }).ClickAsync();
        await page.WaitForURLAsync("**/articles");

        var files = Directory.GetFiles(Path.Combine(TestPaths.RealContent, "articles"), "*.md").Length;
        Assert.Equal(files, await page.Locator("main ul.articles > li > a").CountAsync());
        Assert.Equal("催收人员现在就在门口，我该怎么做", await page.Locator("main ul.articles > li > a").First.InnerTextAsync());
    }

    [Fact]
    public async Task On_a_long_article_the_contents_and_the_top_stay_one_tap_away()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(LongArticle);

        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight * 0.6)");
        var toContents = page.Locator("nav.jump a[href='#toc']");
        Assert.True(await InViewportAsync(page, toContents), "the 目录 link is not on screen in the middle of a long article");

        await toContents.ClickAsync();
        await page.WaitForURLAsync("**#toc");
        var toc = await page.Locator("#toc").BoundingBoxAsync();
        Assert.True(await InViewportAsync(page, page.Locator("#toc")), $"the table of contents is not on screen after tapping 目录 (its top is at {toc?.Y}px)");

        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight * 0.8)");
        await page.Locator("nav.jump a[href='#top']").ClickAsync();
        await page.WaitForFunctionAsync("window.scrollY === 0");
        var box = await toContents.BoundingBoxAsync();
        Assert.True(box is { Height: >= 44 }, "the 目录 link is smaller than a 44px tap target");
    }

    [Fact]
    public async Task A_long_article_without_contents_still_has_back_to_top_on_screen()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/lender-complaint-template");
        Assert.Equal(0, await page.Locator("nav.toc").CountAsync());

        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight * 0.6)");
        var top = page.Locator("nav.jump a[href='#top']");
        Assert.True(await InViewportAsync(page, top), "回到顶部 is not on screen in the middle of a long article");
        await top.ClickAsync();
        await page.WaitForFunctionAsync("window.scrollY === 0");
    }

    [Fact]
    public async Task Without_JavaScript_the_address_is_shown_and_one_tap_selects_it_whole()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/night-visits");

        var address = page.Locator("#page-address");
        Assert.True(await address.IsVisibleAsync());
        Assert.False(await page.Locator("[data-copy-link]").IsVisibleAsync(), "the copy button shows without JavaScript, where it cannot work");
        Assert.Equal(browser.BaseAddress + "articles/night-visits", await address.InnerTextAsync());

        await address.ClickAsync();

        // The page runs no script; Playwright's own evaluation still reads what the click selected.
        Assert.Equal(browser.BaseAddress + "articles/night-visits", await page.EvaluateAsync<string>("window.getSelection().toString().trim()"));
    }

    [Fact]
    public async Task With_JavaScript_one_tap_copies_the_address()
    {
        await using var context = await browser.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/night-visits");

        var button = page.Locator("[data-copy-link]");
        Assert.True(await button.IsVisibleAsync(), "the copy button is hidden with JavaScript on");
        await button.ClickAsync();

        await Assertions.Expect(page.Locator(".copy-status")).ToHaveTextAsync("已复制链接");
        Assert.Equal(browser.BaseAddress + "articles/night-visits", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task One_click_on_the_address_selects_all_of_it()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/night-visits");

        await page.Locator("#page-address").ClickAsync();

        Assert.Equal(browser.BaseAddress + "articles/night-visits", await page.EvaluateAsync<string>("window.getSelection().toString().trim()"));
    }

    [Fact]
    public async Task The_rights_card_prints_on_one_A4_page_with_the_site_name_its_address_and_a_QR_code()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(RightsCard);
        await page.WaitForFunctionAsync("document.querySelector('.card-qr img').complete && document.querySelector('.card-qr img').naturalWidth > 0");

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false, PreferCSSPageSize = true });
        var pages = PdfPage().Count(Encoding.Latin1.GetString(pdf));

        Assert.Equal(1, pages);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.True(await page.Locator(".print-head").IsVisibleAsync());
        Assert.Contains("催收应对知识库", await page.Locator(".print-head").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(browser.BaseAddress + "articles/rights-card", await page.Locator(".print-head").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".card-qr img").IsVisibleAsync());
        Assert.Contains("12378", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_article_prints_with_its_title_reviewed_date_and_address()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/night-visits");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        var head = await page.Locator(".print-head").InnerTextAsync();
        Assert.Matches(@"催收应对知识库 · http://127\.0\.0\.1:\d+/articles/night-visits · 最后审核 \d{4}年\d{1,2}月\d{1,2}日", head);
        Assert.False(await page.Locator("nav.crumbs").IsVisibleAsync());
        Assert.False(await page.Locator("nav.jump").IsVisibleAsync());
    }

    [Fact]
    public async Task Help_line_numbers_in_summaries_and_the_disclaimer_are_tappable()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(LongArticle);

        var inSummary = page.Locator(".summary a[href='tel:12378']");
        Assert.True(await inSummary.IsVisibleAsync());
        var box = await inSummary.BoundingBoxAsync();
        Assert.True(box is { Height: >= 44 }, $"the 12378 link in the summary is {box?.Height}px tall, under 44");
        Assert.True(await page.Locator("footer.site a[href='tel:110']").IsVisibleAsync());
        Assert.True(await page.Locator("footer.site a[href='tel:12348']").IsVisibleAsync());
        Assert.True(await page.Locator(".reviewed a[href='tel:12348']").IsVisibleAsync());

        await page.GotoAsync("/topics/complaints");
        Assert.True(await page.Locator("main .lead a[href='tel:12378']").IsVisibleAsync());
    }

    [Fact]
    public async Task A_list_link_that_wraps_keeps_its_bullet_on_its_first_line()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // A wrapped inline-block link puts the marker on its last line; a block one keeps it on the first. The
        // marker cannot be measured, so the test finds the wrapped links and checks how they are laid out.
        var wrapped = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('ul.articles > li > a, .related li > a, .toc li > a')]
              .filter(a => a.getClientRects().length > 0 && a.getBoundingClientRect().height > parseFloat(getComputedStyle(a).lineHeight) * 1.5)
              .map(a => getComputedStyle(a).display + ' ' + a.textContent.trim())
            """);

        Assert.NotEmpty(wrapped);
        Assert.All(wrapped, w => Assert.StartsWith("block ", w, StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_writing_a_letter_the_reader_lands_on_it()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/letters");
        await page.FillAsync("#Form_Lender", "某某消费金融有限公司");

        await page.Locator("form.letter-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/letters#letter-h");

        Assert.True(await InViewportAsync(page, page.Locator("#letter-h")), "the finished letter's heading is not on screen after submitting");
    }

    [Fact]
    public async Task A_mistake_report_is_two_choices_and_sends_without_JavaScript()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/night-visits");

        await page.Locator(".report a").ClickAsync();
        await page.WaitForURLAsync("**/report?article=night-visits");
        Assert.Equal("night-visits", await page.Locator("#article").InputValueAsync());
        Assert.Equal(0, await page.Locator("main textarea, main input[type=text]").CountAsync());
        await page.Locator("label.choice", new() { HasText = "电话号码" }).ClickAsync();
        await page.Locator("form.report-form button[type=submit]").ClickAsync();

        Assert.Equal("谢谢，已经收到", await page.Locator("h1").InnerTextAsync());
    }

    private static async Task<bool> InViewportAsync(IPage page, ILocator locator)
    {
        var box = await locator.BoundingBoxAsync();
        // An anchor jump may leave the target a fraction of a pixel above the top edge.
        return box is not null && box.Y >= -2 && box.Y + Math.Min(box.Height, 44) <= BrowserFixture.PhoneHeight;
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();
}
