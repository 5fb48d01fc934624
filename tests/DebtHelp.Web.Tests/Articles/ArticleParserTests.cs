using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Tests.Articles;

public sealed class ArticleParserTests
{
    private static readonly IReadOnlySet<string> Topics = new HashSet<string>(["home-visit-legality", "identity-checks", "evidence", "negotiation", "complaints"]);

    private const string Valid = """
        ---
        title: 可以不开门吗？
        summary: 可以。你有权不让任何人进门。
        topics: [home-visit-legality]
        questions:
          - 催收敲门可以不开吗
          - 不开门会怎样
        related: [night-visits]
        updated: 2026-11-01
        reviewed: 2026-10-30
        sources:
          - 《中华人民共和国刑法》第245条
        ---

        先说做法。

        ## 为什么可以不开门

        见 [夜间上门](night-visits.md#什么时候报警) 和 [身份](/articles/verify-identity)，或者 [外部](https://example.org)。

        <script>alert(1)</script>

        | 情况 | 做法 |
        |---|---|
        | 敲门 | 不开 |
        """;

    [Fact]
    public void Reads_every_front_matter_field()
    {
        var article = ArticleParser.Parse("articles/refuse-entry.md", Valid, Topics).Article!;

        Assert.Equal("refuse-entry", article.Slug);
        Assert.Equal("可以不开门吗？", article.Title);
        Assert.Equal("可以。你有权不让任何人进门。", article.Summary);
        Assert.Equal(["home-visit-legality"], article.Topics);
        Assert.Equal(["催收敲门可以不开吗", "不开门会怎样"], article.Questions);
        Assert.Equal(["night-visits"], article.Related);
        Assert.Equal(new DateOnly(2026, 11, 1), article.Updated);
        Assert.Equal(new DateOnly(2026, 10, 30), article.Reviewed);
        Assert.Equal(["《中华人民共和国刑法》第245条"], article.Sources);
    }

    [Fact]
    public void Renders_headings_with_Chinese_ids_and_keeps_Chinese_as_characters()
    {
        var html = ArticleParser.Parse("articles/refuse-entry.md", Valid, Topics).Article!.Html;

        Assert.Contains("<h2 id=\"为什么可以不开门\">为什么可以不开门</h2>", html);
        Assert.DoesNotContain("&#x", html);
        Assert.DoesNotContain("title:", html);
    }

    [Fact]
    public void Rewrites_links_between_articles_in_both_forms()
    {
        var article = ArticleParser.Parse("articles/refuse-entry.md", Valid, Topics).Article!;

        // Relative to the article page (/articles/refuse-entry), so they keep a 繁體 prefix: see PrefixLinkTests.
        Assert.Contains("href=\"night-visits#" + Uri.EscapeDataString("什么时候报警") + "\"", article.Html);
        Assert.Contains("href=\"verify-identity\"", article.Html);
        Assert.Contains("href=\"https://example.org\"", article.Html);
        Assert.Equal(["night-visits", "verify-identity"], article.LinksTo);
    }

    [Fact]
    public void Does_not_pass_raw_html_through()
    {
        var html = ArticleParser.Parse("articles/refuse-entry.md", Valid, Topics).Article!.Html;

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Renders_pipe_tables()
    {
        var html = ArticleParser.Parse("articles/refuse-entry.md", Valid, Topics).Article!.Html;

        Assert.Contains("<table tabindex=\"0\">", html);
        Assert.Contains("<td>敲门</td>", html);
    }

    [Fact]
    public void Splits_the_body_into_sections_by_heading()
    {
        var sections = ArticleParser.Parse("articles/refuse-entry.md", Valid, Topics).Article!.Sections;

        Assert.Equal("", sections[0].Id);
        Assert.Contains("先说做法", sections[0].Text);
        Assert.Equal("为什么可以不开门", sections[1].Id);
        Assert.Contains("夜间上门", sections[1].Text);
        Assert.Contains("敲门", sections[1].Text);
    }

    [Fact]
    public void Names_the_line_of_malformed_yaml()
    {
        var text = "---\ntitle: 好\nsummary: 好\ntopics: [evidence\nupdated: 2026-01-01\n---\nbody";

        var result = ArticleParser.Parse("articles/broken.md", text, Topics);

        Assert.Null(result.Article);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("articles/broken.md", problem.File);
        Assert.InRange(problem.Line, 4, 6);
        Assert.Contains("YAML", problem.Message);
    }

    [Fact]
    public void Names_the_line_of_an_unknown_topic_and_lists_the_valid_ones()
    {
        var text = "---\ntitle: 好\nsummary: 好\ntopics:\n  - evidence\n  - debts\nupdated: 2026-01-01\nreviewed: 2026-01-01\n---\nbody";

        var result = ArticleParser.Parse("articles/x.md", text, Topics);

        Assert.Null(result.Article);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(6, problem.Line);
        Assert.Contains("unknown topic 'debts'", problem.Message);
        Assert.Contains("negotiation", problem.Message);
    }

    [Theory]
    [InlineData("no front matter at all", 1, "front matter")]
    [InlineData("---\nsummary: 好\ntopics: [evidence]\nupdated: 2026-01-01\nreviewed: 2026-01-01\n---\n", 2, "'title' is missing")]
    [InlineData("---\ntitle: 好\nsummary: 好\ntopics: [evidence]\nupdated: 2026-13-01\nreviewed: 2026-01-01\n---\n", 5, "not a date")]
    [InlineData("---\ntitle: 好\nsummary: 好\ntopics: [evidence]\nrelated: [Bad Slug]\nupdated: 2026-01-01\nreviewed: 2026-01-01\n---\n", 5, "not a slug")]
    public void Explains_what_is_wrong_and_where(string text, int line, string message)
    {
        var result = ArticleParser.Parse("articles/x.md", text, Topics);

        Assert.Null(result.Article);
        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Rejects_a_file_name_that_is_not_a_slug()
    {
        var result = ArticleParser.Parse("articles/Night Visits.md", Valid, Topics);

        Assert.Null(result.Article);
        Assert.Contains("not a valid slug", result.Problems[0].Message);
    }
}
