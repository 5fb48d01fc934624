using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DebtHelp.Web.BrowserTests.Journeys;

/// <summary>
/// What a reader does, clicked through in Chromium: each journey once with JavaScript and once without it
/// (the site must work as plain HTML on an old or locked-down phone).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReaderJourneyTests(BrowserFixture browser)
{
    private const string Question = "催收人员凌晨上门怎么办";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Home_to_topic_to_article_to_a_related_article_and_back(bool javaScript)
    {
        await using var context = await browser.NewContextAsync(javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);

        var topicLink = page.Locator("section.topic h2 a").First;
        var topicName = await topicLink.InnerTextAsync();
        await topicLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(TopicUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync(topicName);

        var articleLink = page.Locator(".article-list > li > a").First;
        var articleTitle = await articleLink.InnerTextAsync();
        await articleLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(ArticleUrl());
        await Expect(page.Locator("h1")).ToHaveTextAsync(articleTitle);
        var articleUrl = page.Url;

        var relatedLink = page.Locator(".related a").First;
        var relatedTitle = await relatedLink.InnerTextAsync();
        var relatedHref = await relatedLink.GetAttributeAsync("href");
        await relatedLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, relatedHref).ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync(relatedTitle);
        Assert.NotEqual(articleUrl, page.Url);

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(articleUrl);
        await Expect(page.Locator("h1")).ToHaveTextAsync(articleTitle);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_typed_question_leads_through_the_first_result_to_its_section_of_the_article(bool javaScript)
    {
        await using var context = await browser.NewContextAsync(javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);

        await page.Locator("#q").FillAsync(Question);
        await page.Locator("#q").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(SearchUrl());
        await Expect(page.Locator("h1")).ToContainTextAsync(Question);
        await Expect(page.Locator("#q")).ToHaveValueAsync(Question);

        var first = page.Locator(".results .result-title").First;
        var title = await first.InnerTextAsync();
        var href = await first.GetAttributeAsync("href") ?? "";
        Assert.StartsWith("/articles/night-visits", href, StringComparison.Ordinal);
        await first.ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        var landed = new Uri(page.Url);
        var expected = new Uri(browser.BaseAddress, href);
        Assert.Equal(expected.AbsolutePath, landed.AbsolutePath);
        Assert.Equal(Uri.UnescapeDataString(expected.Fragment), Uri.UnescapeDataString(landed.Fragment));
        if (expected.Fragment.Length > 1)
        {
            // The result points at a section: that heading exists and the browser scrolled to it.
            var id = Uri.UnescapeDataString(expected.Fragment[1..]);
            var section = page.Locator($"[id=\"{id}\"]");
            await Expect(section).ToHaveCountAsync(1);
            await Expect(section).ToBeInViewportAsync();
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_emergency_article_is_one_tap_away_on_every_page_type(bool javaScript)
    {
        await using var context = await browser.NewContextAsync(javaScript);
        var page = await context.NewPageAsync();
        foreach (var path in SitePages.All)
        {
            await page.GotoAsync(path);
            var link = page.Locator("a", new() { HasText = "有人在门口" }).First;
            await Expect(link).ToHaveAttributeAsync("href", SitePages.Emergency);

            // One tap means no scrolling first: the link sits in the first screen of a 360x740 phone.
            var box = await link.BoundingBoxAsync();
            Assert.True(box is { Y: >= 0 } && box.Y + box.Height <= BrowserFixture.PhoneHeight,
                $"{path}: the emergency link is not in the first screen ({box?.Y}+{box?.Height})");

            await link.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, SitePages.Emergency).ToString());
            await Expect(page.Locator("h1")).ToContainTextAsync("门口");
        }
    }

    [Theory]
    [InlineData(true, SitePages.NotFound)]
    [InlineData(false, SitePages.NotFound)]
    [InlineData(true, "/articles/no-such-article")]
    [InlineData(false, "/topics/no-such-topic")]
    public async Task An_unknown_address_shows_the_Chinese_404_page_with_a_link_home(bool javaScript, string path)
    {
        await using var context = await browser.NewContextAsync(javaScript);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);

        Assert.Equal(404, response?.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("找不到这个页面");
        await Expect(page).ToHaveTitleAsync(new Regex("催收应对知识库"));
        var home = page.Locator("main a[href=\"/\"]");
        await Expect(home).ToContainTextAsync("首页");
        await home.ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.BaseAddress.ToString());
        await Expect(page.Locator("section.topic")).ToHaveCountAsync(5);
    }

    [GeneratedRegex("/topics/[a-z0-9-]+$")]
    private static partial Regex TopicUrl();

    [GeneratedRegex("/articles/[a-z0-9-]+$")]
    private static partial Regex ArticleUrl();

    [GeneratedRegex(@"/search\?q=")]
    private static partial Regex SearchUrl();
}
