using DebtHelp.Web.Articles;
using DebtHelp.Web.Feeds;
using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DebtHelp.Web.Site;

namespace DebtHelp.Web.Pages.Articles;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.PolicyName)]
public sealed class ShowModel(KnowledgeBaseSnapshot snapshot) : PageModel, IPageMeta
{
    public KnowledgeBaseSnapshot Snapshot { get; } = snapshot;

    public Article Article { get; private set; } = null!;

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

    public IActionResult OnGet(string slug)
    {
        if (!Snapshot.BySlug.TryGetValue(slug, out var article))
        {
            return NotFound();
        }

        Article = article;
        Related = Snapshot.RelatedTo(slug);
        Topics = article.Topics.Select(Snapshot.Topic).OfType<Topic>().ToList();
        Contents = article.Sections.Where(s => s.Level == 2 && s.Id.Length > 0).ToList();
        FaqJsonLd = FaqStructuredData.For(article.Title, article.Summary);
        LetterBuilderPath = LetterBuilderFor(slug);
        return Page();
    }

    /// <summary>The builder opens on the complaint letter unless the template is about instalments.</summary>
    private static string? LetterBuilderFor(string slug) =>
        !slug.EndsWith("-template", StringComparison.Ordinal) ? null
        : slug.Contains("instalment", StringComparison.Ordinal) ? "/letters?kind=instalment"
        : "/letters";
}
