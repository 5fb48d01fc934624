using DebtHelp.Web.Articles;
using DebtHelp.Web.Feeds;
using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DebtHelp.Web.Site;

namespace DebtHelp.Web.Pages.Articles;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.PolicyName)]
public sealed class ShowModel(KnowledgeBaseSnapshot snapshot, ArticleBodies bodies) : PageModel, IPageMeta
{
    public KnowledgeBaseSnapshot Snapshot { get; } = snapshot;

    public Article Article { get; private set; } = null!;

    /// <summary>The article's rendered body (from memory or the index file, see <see cref="ArticleBodies"/>).</summary>
    public string BodyHtml { get; private set; } = "";

    public IReadOnlyList<Article> Related { get; private set; } = [];

    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    /// <summary>Second-level headings, listed as a table of contents on longer pages.</summary>
    public IReadOnlyList<ArticleSection> Contents { get; private set; } = [];

    public string PageTitle => Article.Title;

    public string Description => Article.Summary;

    public string? CanonicalPath => "/articles/" + Article.Slug;

    /// <summary>schema.org FAQPage data when the title is a question, else null.</summary>
    public string? FaqJsonLd { get; private set; }

    /// <summary>For a fill-in template article, the letter builder that writes the same letter; else null.</summary>
    public string? LetterBuilderPath { get; private set; }

    /// <summary>Home › the article's first topic › the article.</summary>
    public IReadOnlyList<Navigation.Crumb> Breadcrumbs { get; private set; } = [];

    /// <summary>The article's absolute address, as shared, printed and drawn in the QR code.</summary>
    public string Address => SiteAddress.Root(HttpContext) + Url.Page("/Articles/Show", new { slug = Article.Slug });

    /// <summary>The rights card prints on one page with the site's name, its address and a QR code of it.</summary>
    public bool IsRightsCard => Article.Slug == RightsCardSlug;

    /// <summary>
    /// The emergency page stays the lightest page and runs no script: its address is still shown and selectable,
    /// only the one-tap copy button (share.js) is left out.
    /// </summary>
    public bool LoadsShareScript => Article.Slug != SiteText.EmergencySlug;

    /// <summary>Several phone screens long (about 2,500 characters of body HTML) though too few sections for contents.</summary>
    public bool IsLong => BodyHtml.Length > 2_500;

    public IActionResult OnGet(string? slug)
    {
        // A slug of only white space (/articles/%20) binds as null.
        if (slug is null)
        {
            return NotFound();
        }

        if (!Snapshot.BySlug.TryGetValue(slug, out var article))
        {
            // A renamed article's old address (front matter aliases) moves for good; any other slug is unknown.
            return Snapshot.RenamedFrom(slug) is { } renamed ? RedirectToPagePermanent("/Articles/Show", new { slug = renamed.Slug }) : NotFound();
        }

        // The body links to other articles as siblings (MarkdownRenderer.ArticleLink), which only resolve from
        // /articles/{slug}: /articles/{slug}/ would turn them into /articles/{slug}/other-slug.
        if (Request.Path.Value!.EndsWith('/'))
        {
            return RedirectToPagePermanent("/Articles/Show", new { slug });
        }

        if (bodies.HtmlOf(Snapshot, article) is not { } body)
        {
            // Neither the index file nor the article's file can be read: the index is being rebuilt; try again soon.
            Response.Headers.RetryAfter = "10";
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        Article = article;
        BodyHtml = body;
        Related = NextSteps.WithoutRepeats(body, Snapshot.RelatedTo(slug));
        Topics = article.Topics.Select(Snapshot.Topic).OfType<Topic>().ToList();
        Contents = article.Sections.Where(s => s.Level == 2 && s.Id.Length > 0).ToList();
        FaqJsonLd = FaqStructuredData.For(article.Title, article.Summary);
        LetterBuilderPath = LetterBuilderFor(slug);
        Breadcrumbs = Navigation.Trails.Article(Url, article, Topics.Count > 0 ? Topics[0] : null);
        return Page();
    }

    public const string RightsCardSlug = "rights-card";

    /// <summary>The builder opens on the complaint letter unless the template is about instalments.</summary>
    private static string? LetterBuilderFor(string slug) =>
        !slug.EndsWith("-template", StringComparison.Ordinal) ? null
        : slug.Contains("instalment", StringComparison.Ordinal) ? "/letters?kind=instalment"
        : "/letters";
}
