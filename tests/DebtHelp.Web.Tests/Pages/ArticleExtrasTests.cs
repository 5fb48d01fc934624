using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DebtHelp.Web.Tests.Pages;

/// <summary>What an article page adds around the text: FAQ data, the table of contents, the way to the letter builder.</summary>
public sealed partial class ArticleExtrasTests(TemplateSite site) : IClassFixture<TemplateSite>
{
    private readonly HttpClient _client = site.Client;

    [Fact]
    public async Task A_question_title_gets_FAQPage_json_ld_that_the_summary_cannot_break_out_of()
    {
        var html = await _client.GetPageAsync("/articles/" + TemplateSite.Slug);

        var block = JsonLd().Match(html);
        Assert.True(block.Success, "no <script type=\"application/ld+json\"> block in the head");
        using var json = JsonDocument.Parse(block.Groups["json"].Value);
        var question = json.RootElement.GetProperty("mainEntity")[0];
        Assert.Equal("FAQPage", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal(TemplateSite.Title, question.GetProperty("name").GetString());
        Assert.Equal(TemplateSite.Summary, question.GetProperty("acceptedAnswer").GetProperty("text").GetString());
        // Every "</script>" closes a script element of the page (the data block, the offline and share scripts): the summary's own is escaped everywhere.
        Assert.Equal(Regex.Count(html, "<script\\b", RegexOptions.IgnoreCase), Regex.Count(html, "</script>", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<script>alert", html);
        Assert.True(html.IndexOf("application/ld+json", StringComparison.Ordinal) < html.IndexOf("</head>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/articles/night-visits", true)]
    [InlineData("/articles/negotiate", true)]
    [InlineData("/articles/door-now", false)]
    [InlineData("/articles/verify-identity", false)]
    public async Task Only_articles_whose_title_is_a_question_carry_FAQ_data(string path, bool expected)
    {
        var html = await _client.GetPageAsync(path);

        Assert.Equal(expected, html.Contains("application/ld+json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_with_four_sections_gets_a_table_of_contents_and_a_shorter_one_does_not()
    {
        var longPage = await _client.GetPageAsync("/articles/" + TemplateSite.Slug);
        var shortPage = await _client.GetPageAsync("/articles/night-visits");

        Assert.Contains("<nav class=\"toc\" aria-label=\"本文目录\">", longPage);
        Assert.Contains("<a href=\"#发生了什么\">发生了什么</a>", longPage);
        Assert.Contains("<h2 id=\"发生了什么\">", longPage);
        Assert.DoesNotContain("class=\"toc\"", shortPage);
    }

    [Fact]
    public async Task A_template_article_points_to_the_letter_builder_and_other_articles_do_not()
    {
        var template = await _client.GetPageAsync("/articles/" + TemplateSite.Slug);
        var ordinary = await _client.GetPageAsync("/articles/night-visits");

        Assert.Contains("class=\"letters-box no-print\"", template);
        Assert.Contains("<a class=\"button\" href=\"/letters\">打开写信助手</a>", template);
        Assert.DoesNotContain("letters-box", ordinary);
    }

    [Fact]
    public async Task The_footer_of_every_page_links_to_the_letter_builder()
    {
        foreach (var path in new[] { "/", "/articles/door-now", "/topics/complaints", "/search?q=催收" })
        {
            using var response = await _client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];
            Assert.Contains("href=\"/letters\"", footer);
        }
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
