using System.Net;
using System.Text.RegularExpressions;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Pages;
using DebtHelp.Web.Site;
using DebtHelp.Web.Pages.Report;
using DebtHelp.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DebtHelp.Web.Tests.Reader;

/// <summary>Issue 15 items 2, 3 and 7 and issue 11 part 3, over HTTP on the real content.</summary>
public sealed partial class ReaderPagesTests(RealContentSite site, ITestOutputHelper output) : IClassFixture<RealContentSite>
{
    private const int ArticleBudget = 30_000;

    private static readonly string[] NewPages = ["/articles", "/topics", "/about", "/accessibility", "/report"];

    private readonly HttpClient _client = site.Client;

    private static List<string> Slugs => Directory.GetFiles(Path.Combine(TestPaths.RealContent, "articles"), "*.md")
        .Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task The_all_articles_index_links_every_article_exactly_once()
    {
        var html = await _client.GetPageAsync("/articles");
        var main = MainOf(html);

        var linked = ArticleLink().Matches(main).Select(m => m.Groups["slug"].Value).ToList();
        Assert.Equal(Slugs, linked.Order(StringComparer.Ordinal));
        Assert.Contains($"全部文章（{Slugs.Count} 篇）", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_topics_index_links_every_topic()
    {
        var html = MainOf(await _client.GetPageAsync("/topics"));

        foreach (var topic in new[] { "home-visit-legality", "identity-checks", "evidence", "negotiation", "complaints" })
        {
            Assert.Contains($"href=\"/topics/{topic}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_page_type_links_about_accessibility_and_both_indexes_from_its_footer()
    {
        foreach (var path in new[] { "/", "/topics/complaints", "/articles/night-visits", "/search?q=xyzxyz", "/letters", "/no/such/page" }.Concat(NewPages))
        {
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..];
            foreach (var link in new[] { "href=\"/about\"", "href=\"/accessibility\"", "href=\"/articles\"", "href=\"/topics\"", "href=\"/report\"" })
            {
                Assert.True(footer.Contains(link, StringComparison.Ordinal), $"{path}: footer has no {link}");
            }
        }
    }

    [Fact]
    public async Task The_about_page_says_what_the_site_is_not_and_how_to_report_a_mistake()
    {
        var html = MainOf(await _client.GetPageAsync("/about"));

        Assert.Contains("不是律师事务所", html, StringComparison.Ordinal);
        Assert.Contains("不是贷款机构", html, StringComparison.Ordinal);
        Assert.Contains("从不向你要钱", html, StringComparison.Ordinal);
        Assert.Contains("自动测试", html, StringComparison.Ordinal);
        Assert.Contains("最后审核", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/report\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:12348\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_article_offers_the_same_article_in_next_steps_and_in_read_next()
    {
        var checkedPages = 0;
        foreach (var slug in Slugs)
        {
            var html = await _client.GetPageAsync("/articles/" + slug);
            var next = Section(html, "<h2 id=\"下一步\">", "<h2");
            var readNext = Section(html, "<h2 id=\"related-h\">", "</nav>");
            if (next.Length == 0 || readNext.Length == 0)
            {
                continue;
            }

            checkedPages++;
            var repeated = ArticleLink().Matches(next).Select(m => m.Groups["slug"].Value)
                .Intersect(ArticleLink().Matches(readNext).Select(m => m.Groups["slug"].Value)).ToList();
            Assert.True(repeated.Count == 0, $"/articles/{slug} lists {string.Join(", ", repeated)} under both 下一步 and 接下来可以看");
        }

        Assert.True(checkedPages >= 5, $"only {checkedPages} articles have both lists; the test checks nothing");
    }

    [Fact]
    public async Task The_no_result_page_shows_the_common_questions_it_promises()
    {
        var html = MainOf(await _client.GetPageAsync("/search?q=xyzxyz"));

        var common = Section(html, "<h2 id=\"common-h\">常见问题</h2>", "</section>");
        var links = ArticleLink().Matches(common).Select(m => m.Groups["slug"].Value).ToList();
        Assert.Equal(6, links.Count);
        Assert.Equal(SiteText.EmergencySlug, links[0]);
    }

    [Fact]
    public async Task Articles_and_indexes_carry_link_preview_tags()
    {
        var html = await _client.GetPageAsync("/articles/night-visits");

        Assert.Contains("<meta property=\"og:title\" content=\"催收人员深夜、凌晨上门怎么办？\">", html, StringComparison.Ordinal);
        Assert.Matches("<meta property=\"og:description\" content=\"[^\"]{20,}\">", html);
        Assert.Contains("<meta property=\"og:url\" content=\"" + SiteFactory.PublicBaseUrl + "/articles/night-visits\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:site_name\" content=\"催收应对知识库\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_pages_carry_breadcrumb_data_home_topic_article()
    {
        var html = await _client.GetPageAsync("/articles/where-to-complain");
        var crumbs = Section(html, "<nav class=\"crumbs\"", "</nav>");

        Assert.Contains("<ol itemscope itemtype=\"https://schema.org/BreadcrumbList\">", crumbs, StringComparison.Ordinal);
        var items = Regex.Count(crumbs, "itemtype=\"https://schema.org/ListItem\"");
        Assert.Equal(3, items);
        Assert.Contains("<a itemprop=\"item\" href=\"/\"><span itemprop=\"name\">首页</span></a><meta itemprop=\"position\" content=\"1\">", crumbs, StringComparison.Ordinal);
        Assert.Contains("<a itemprop=\"item\" href=\"/topics/complaints\"><span itemprop=\"name\">投诉维权</span></a><meta itemprop=\"position\" content=\"2\">", crumbs, StringComparison.Ordinal);
        Assert.Contains("<meta itemprop=\"name\" content=\"遇到违规催收，应该去哪里投诉？\"><link itemprop=\"item\" href=\"/articles/where-to-complain\"><meta itemprop=\"position\" content=\"3\">", crumbs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_line_numbers_in_summaries_topic_descriptions_and_the_disclaimer_are_tel_links()
    {
        var article = await _client.GetPageAsync("/articles/complain-licensed-lender");
        var topic = await _client.GetPageAsync("/topics/complaints");

        var summary = Section(article, "<div class=\"summary\"", "</div>");
        Assert.Contains("<a class=\"phone\" href=\"tel:12378\">12378</a>", summary, StringComparison.Ordinal);
        var description = Section(topic, "<p class=\"lead\">", "</p>");
        Assert.Contains("href=\"tel:110\"", description, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:12378\"", description, StringComparison.Ordinal);
        var footer = article[article.IndexOf("<footer", StringComparison.Ordinal)..];
        Assert.Contains("href=\"tel:110\"", footer, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:12348\"", footer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("打110或120", "打<a class=\"phone\" href=\"tel:110\">110</a>或<a class=\"phone\" href=\"tel:120\">120</a>")]
    [InlineData("《刑法》第110条，1200元，2026年3月3日", "《刑法》第110条，1200元，2026年3月3日")]
    [InlineData("拨打010-12321或12321", "拨打<a class=\"phone\" href=\"tel:010-12321\">010-12321</a>或<a class=\"phone\" href=\"tel:12321\">12321</a>")]
    [InlineData("<b>12378</b>", "&lt;b&gt;<a class=\"phone\" href=\"tel:12378\">12378</a>&lt;/b&gt;")]
    public void Phone_links_make_only_help_lines_tappable_and_encode_the_rest(string text, string html)
    {
        Assert.Equal(html, PhoneLinks.Linkify(text).ToString());
    }

    [Fact]
    public async Task Every_article_shows_its_address_to_copy_and_prints_title_date_and_address()
    {
        var html = await _client.GetPageAsync("/articles/night-visits");

        Assert.Contains("<span class=\"address\" id=\"page-address\">" + SiteFactory.PublicBaseUrl + "/articles/night-visits</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-copy-link=\"page-address\"", html, StringComparison.Ordinal);
        Assert.Matches("<p class=\"print-only print-head\">催收应对知识库 · " + SiteFactory.PublicBaseUrl + "/articles/night-visits · 最后审核 \\d{4}年\\d{1,2}月\\d{1,2}日</p>", html);
    }

    [Fact]
    public async Task The_rights_card_shows_a_qr_code_of_its_address_drawn_on_this_server()
    {
        var html = await _client.GetPageAsync("/articles/rights-card");
        using var qr = await _client.GetAsync(new Uri("/articles/rights-card/qr.svg", UriKind.Relative));
        using var unknown = await _client.GetAsync(new Uri("/articles/no-such-article/qr.svg", UriKind.Relative));

        Assert.Contains("<img src=\"/articles/rights-card/qr.svg\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, qr.StatusCode);
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", (await qr.Content.ReadAsStringAsync()).TrimStart(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_mistake_report_keeps_only_the_article_and_a_reason_from_the_fixed_list()
    {
        var reports = site.Services.GetRequiredService<MistakeReports>();
        using var sent = await _client.PostAsync(new Uri("/report", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["article"] = "night-visits",
            ["reason"] = "phone",
            ["name"] = "张三 13800000000",
        }));
        using var badReason = await _client.PostAsync(new Uri("/report", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["article"] = "night-visits",
            ["reason"] = "my phone is 13800000000",
        }));
        using var badArticle = await _client.PostAsync(new Uri("/report", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["article"] = "13800000000",
            ["reason"] = "law",
        }));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("谢谢，已经收到", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badArticle.StatusCode);
        var counts = reports.Counts();
        Assert.Contains(counts, c => c is { Article: "night-visits", Reason: "phone" });
        Assert.DoesNotContain(counts, c => c.Article.Contains("138", StringComparison.Ordinal) || c.Reason.Contains("138", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Logs.Events, e => e.RenderMessage().Contains("13800000000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_report_form_names_the_article_it_came_from()
    {
        var html = MainOf(await _client.GetPageAsync("/report?article=night-visits"));

        Assert.Contains("<option value=\"night-visits\" selected>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<textarea", html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"text\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_real_article_has_an_order_and_the_urgent_ones_lead()
    {
        var missing = Slugs.Where(s => !File.ReadLines(Path.Combine(TestPaths.RealContent, "articles", s + ".md")).Any(l => l.StartsWith("order:", StringComparison.Ordinal))).ToList();
        Assert.True(missing.Count == 0, "articles without an order: field (see README, Writing an article): " + string.Join(", ", missing));

        var complaints = ArticleLink().Matches(MainOf(await _client.GetPageAsync("/topics/complaints")))
            .Select(m => m.Groups["slug"].Value).Distinct().ToList();
        Assert.Equal(["call-police", "where-to-complain"], complaints.Take(2));
        var home = ArticleLink().Matches(MainOf(await _client.GetPageAsync("/"))).Select(m => m.Groups["slug"].Value).ToList();
        Assert.Contains("refuse-entry", home);
        Assert.Contains("where-to-complain", home);
    }

    [Fact]
    public async Task The_new_pages_are_within_the_article_budget_compressed_with_their_css_and_scripts()
    {
        foreach (var path in NewPages.Append("/articles/night-visits").Append("/articles/rights-card"))
        {
            var total = 0;
            var html = await GetAsync(path, compressed: true);
            total += html.Bytes;
            var markup = (await GetAsync(path, compressed: false)).Text;
            foreach (var asset in Asset().Matches(markup).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).Distinct())
            {
                total += (await GetAsync(asset, compressed: true)).Bytes;
            }

            output.WriteLine($"{path}: {total} bytes (HTML {html.Bytes})");
            Assert.True(total < ArticleBudget, $"{path} weighs {total} bytes compressed with its CSS/JS, over {ArticleBudget}");
        }
    }

    private async Task<(int Bytes, string Text)> GetAsync(string path, bool compressed)
    {
        using var response = await _client.GetWithHeadersAsync(path, compressed ? [("Accept-Encoding", "br")] : []);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (bytes.Length, compressed ? "" : System.Text.Encoding.UTF8.GetString(bytes));
    }

    private static string MainOf(string html) =>
        Section(html, "<main", "</main>");

    private static string Section(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        if (from < 0)
        {
            return "";
        }

        var to = html.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return to < 0 ? html[from..] : html[from..to];
    }

    [GeneratedRegex("href=\"/articles/(?<slug>[a-z0-9-]+)\"")]
    private static partial Regex ArticleLink();

    [GeneratedRegex("<(?:link\\b[^>]*\\brel=\"stylesheet\"[^>]*\\bhref|script\\b[^>]*\\bsrc)=\"(?<url>/[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Asset();
}
