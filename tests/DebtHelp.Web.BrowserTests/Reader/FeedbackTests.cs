using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DebtHelp.Web.BrowserTests.Reader;

/// <summary>"Was this helpful?" (issue 15 item 6) answered on a phone, with JavaScript off: a plain form post.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedbackTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_reader_answers_and_lands_back_on_the_article_thank_you_note(bool javaScript)
    {
        const string Slug = "verify-collector-identity";
        var before = await CountsAsync(Slug);
        await using var context = await browser.NewContextAsync(javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/articles/" + Slug);
        var thanks = page.Locator("#feedback-thanks");
        await Expect(thanks).ToBeHiddenAsync();

        await page.Locator(".feedback summary").ClickAsync();
        await page.GetByLabel("没讲到我的情况").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "没有帮助", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, $"/articles/{Slug}#feedback-thanks").ToString());
        await Expect(thanks).ToBeVisibleAsync();
        await Expect(thanks).ToBeInViewportAsync();
        var after = await CountsAsync(Slug);
        Assert.Equal(before.NotHelpful + 1, after.NotHelpful);
        Assert.Equal(before.MyCase + 1, after.MyCase);
        Assert.Equal(before.Helpful, after.Helpful);
    }

    [Fact]
    public async Task The_question_works_in_traditional_characters_too()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/zh-hant/articles/stay-calm");

        await page.GetByRole(AriaRole.Button, new() { Name = "有幫助", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(browser.BaseAddress, "/zh-hant/articles/stay-calm#feedback-thanks").ToString());
        await Expect(page.Locator("#feedback-thanks")).ToHaveTextAsync("謝謝！你的回答已經記下了。");
    }

    private async Task<(long Helpful, long NotHelpful, long MyCase)> CountsAsync(string slug)
    {
        using var client = new HttpClient { BaseAddress = browser.BaseAddress };
        var json = await client.GetJsonAsync("/internal/feedback");
        foreach (var article in json.EnumerateArray().Where(a => a.GetProperty("slug").GetString() == slug))
        {
            var missing = article.GetProperty("missing");
            return (article.GetProperty("helpful").GetInt64(), article.GetProperty("notHelpful").GetInt64(),
                missing.TryGetProperty("没讲到我的情况", out var n) ? n.GetInt64() : 0);
        }

        return (0, 0, 0);
    }
}
