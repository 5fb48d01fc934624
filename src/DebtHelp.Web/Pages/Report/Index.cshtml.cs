using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DebtHelp.Web.Pages.Report;

/// <summary>
/// /report: "this article has a mistake", as a plain form that works without JavaScript. It takes an article and a
/// reason from fixed lists and nothing else.
/// </summary>
// No antiforgery token: it needs a cookie and the site sets none. A forged post can only add one to a count.
[IgnoreAntiforgeryToken]
public sealed class IndexModel(KnowledgeBaseSnapshot snapshot, MistakeReports reports) : PageModel, IPageMeta
{
    public KnowledgeBaseSnapshot Snapshot { get; } = snapshot;

    [BindProperty(SupportsGet = true, Name = "article")]
    public string? ArticleSlug { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    /// <summary>The article the report is about, when the address named one.</summary>
    public Article? Chosen => ArticleSlug is { } slug ? Snapshot.BySlug.GetValueOrDefault(slug) : null;

    public bool Sent { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<Pages.Navigation.Crumb> Breadcrumbs { get; private set; } = [];

    public string PageTitle => "报告错误";

    public string Description => "告诉我们哪篇文章有错误：只选文章和问题类型，不填写任何个人信息。";

    /// <summary>Not for search engines: one address per article, all saying the same.</summary>
    public string? CanonicalPath => null;

    public void OnGet() => Breadcrumbs = Pages.Navigation.Trails.Page(Url, PageTitle, "/Report/Index");

    public IActionResult OnPost()
    {
        Breadcrumbs = Pages.Navigation.Trails.Page(Url, PageTitle, "/Report/Index");
        Response.Headers.CacheControl = "no-store";
        var reason = MistakeReason.Find(Reason);
        var article = ArticleSlug == MistakeReports.WholeSite ? MistakeReports.WholeSite : Chosen?.Slug;
        if (reason is null || article is null)
        {
            Problem = reason is null ? "请选择一种问题类型。" : "请选择是哪一篇文章。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        reports.Record(article, reason);
        Sent = true;
        return Page();
    }
}
