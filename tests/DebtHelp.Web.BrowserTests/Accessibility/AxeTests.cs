using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace DebtHelp.Web.BrowserTests.Accessibility;

/// <summary>axe-core injected into each kind of page: no WCAG 2.0/2.1 A or AA violation, on a phone and on a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Topic)]
    [InlineData(SitePages.Article)]
    [InlineData(SitePages.TemplateArticle)]
    [InlineData(SitePages.Emergency)]
    [InlineData(SitePages.EmptySearch)]
    [InlineData(SitePages.SearchResults)]
    [InlineData(SitePages.NoResults)]
    [InlineData(SitePages.NotFound)]
    [InlineData(SitePages.Letters)]
    public async Task The_page_has_no_axe_violations(string path)
    {
        foreach (var width in new[] { BrowserFixture.PhoneWidth, 1280 })
        {
            await using var context = await browser.NewContextAsync(width: width);
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);

            var result = await page.RunAxe(Options);

            Assert.True(result.Violations.Length == 0, $"{path} at {width}px:\n" + Describe(result.Violations));
        }
    }

    /// <summary>Content can break a page too (a wide table, a heading order): every article, once, on a phone.</summary>
    [Fact]
    public async Task No_article_has_axe_violations_on_a_phone()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        var slugs = Directory.GetFiles(Path.Combine(TestPaths.RealContent, "articles"), "*.md")
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        foreach (var slug in slugs)
        {
            await page.GotoAsync("/articles/" + slug);
            var result = await page.RunAxe(Options);
            if (result.Violations.Length > 0)
            {
                failures.Add($"/articles/{slug}:\n" + Describe(result.Violations));
            }
        }

        Assert.NotEmpty(slugs);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join('\n', violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Take(5).Select(n => $"    {n.Target} {n.Html}"))));
}
