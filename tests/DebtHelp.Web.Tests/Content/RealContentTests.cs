using System.Text.RegularExpressions;
using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Tests.Content;

/// <summary>Guards the real content/ folder: every failure says which file and line, and how to fix it.</summary>
public sealed partial class RealContentTests
{
    private static readonly ContentSet Content = ContentLoader.Load(TestPaths.RealContent, new ContentOptions(), DateOnly.FromDateTime(DateTime.Today));

    [Fact]
    public void Every_content_file_is_valid()
    {
        var errors = Content.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();

        Assert.True(errors.Count == 0, "content/ has errors (run `dotnet run --project src/DebtHelp.Web -- check-content`):\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Has_the_five_topics_and_at_least_30_articles_with_6_in_each_topic()
    {
        Assert.Equal(TopicCatalog.RequiredSlugs, Content.Topics.Select(t => t.Slug));
        Assert.True(Content.Articles.Count >= 30, $"only {Content.Articles.Count} articles; the knowledge base needs at least 30");
        foreach (var topic in TopicCatalog.RequiredSlugs)
        {
            var count = Content.Articles.Count(a => a.Topics.Contains(topic));
            Assert.True(count >= 6, $"topic '{topic}' has {count} articles; it needs at least 6");
        }
    }

    [Fact]
    public void Every_article_was_reviewed_within_a_year_and_lists_reader_questions()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        foreach (var article in Content.Articles)
        {
            Assert.True(article.Reviewed.AddMonths(12) >= today, $"{article.SourceFile}: reviewed {article.Reviewed}, over a year ago; re-check it and update 'reviewed'");
            Assert.True(article.Reviewed <= today, $"{article.SourceFile}: 'reviewed' {article.Reviewed} is in the future");
            Assert.InRange(article.Questions.Count, 3, 8);
        }
    }

    [Fact]
    public void The_emergency_article_exists_is_short_and_puts_the_110_link_first()
    {
        var article = Assert.Single(Content.Articles, a => a.Slug == "collector-at-door-now");
        var firstLink = LinkPattern().Match(article.Html);

        Assert.Equal("tel:110", firstLink.Groups[1].Value);
        Assert.True(article.Html.Length < 6_000, $"the emergency article's body is {article.Html.Length} characters of HTML; keep it to one phone screen of steps");
        Assert.InRange(Regex.Count(article.Html, "<li>"), 5, 10);
    }

    [Fact]
    public void Phone_links_use_only_verified_public_numbers()
    {
        string[] allowed = ["110", "120", "12378", "12348", "12345", "12321", "010-12321", "12377", "12356", "12368", "96110"]; // legal-reference.md section 3
        foreach (var article in Content.Articles)
        {
            foreach (Match link in TelPattern().Matches(article.Html))
            {
                Assert.True(allowed.Contains(link.Groups[1].Value), $"{article.SourceFile}: tel:{link.Groups[1].Value} is not one of the verified numbers ({string.Join(", ", allowed)})");
            }
        }
    }

    [Fact]
    public void No_article_names_a_channel_that_does_not_exist_as_if_it_did()
    {
        foreach (var article in Content.Articles.Where(a => a.Slug is not "outdated-complaint-channels" and not "debt-relief-scams" and not "where-to-complain"))
        {
            var text = article.Summary + string.Join("\n", article.Sections.Select(s => s.Text));
            Assert.False(text.Contains("全国网贷平台投诉受理中心", StringComparison.Ordinal), $"{article.SourceFile}: names the non-existent 全国网贷平台投诉受理中心");
            Assert.False(Regex.IsMatch(text, "(向|找|联系)(当地)?(银监会|银保监会|银行业监督管理委员会)"), $"{article.SourceFile}: sends readers to a regulator that no longer exists under that name");
        }
    }

    [GeneratedRegex("<a href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("href=\"tel:([^\"]+)\"")]
    private static partial Regex TelPattern();
}
