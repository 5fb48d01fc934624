using DebtHelp.Web.Articles;
using DebtHelp.Web.Site;

namespace DebtHelp.Web.Tests.Security;

public sealed class HeaderTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public void Table_alignment_is_rendered_as_classes_which_the_CSP_allows_not_as_style_attributes()
    {
        var html = MarkdownRenderer.RenderBody(MarkdownRenderer.Parse("| 左 | 中 | 右 | 无 |\n|:---|:---:|---:|---|\n| a | b | c | d |\n"));

        Assert.DoesNotContain("style=", html);
        Assert.Contains("<th class=\"align-left\">左</th>", html);
        Assert.Contains("<td class=\"align-center\">b</td>", html);
        Assert.Contains("<td class=\"align-right\">c</td>", html);
        Assert.Contains("<td>d</td>", html);
        Assert.Contains("style-src 'self'", SecurityHeaders.ContentSecurityPolicy);
    }

    [Fact]
    public void The_stylesheet_has_the_alignment_classes()
    {
        var css = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "DebtHelp.Web", "wwwroot", "css", "site.css"));

        Assert.Contains(".align-center", css);
        Assert.Contains(".align-right", css);
    }

    [Fact]
    public async Task Permissions_policy_no_longer_names_the_obsolete_interest_cohort()
    {
        using var response = await site.Client.GetAsync("/");
        var policy = string.Join(",", response.Headers.GetValues("Permissions-Policy"));

        Assert.DoesNotContain("interest-cohort", policy);
        Assert.Contains("camera=()", policy);
    }
}
