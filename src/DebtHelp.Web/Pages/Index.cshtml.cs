using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DebtHelp.Web.Pages;

public sealed class IndexModel(KnowledgeBaseHolder holder) : PageModel, IPageMeta
{
    public KnowledgeBaseSnapshot Snapshot { get; } = holder.Current!;

    public string PageTitle => "网贷逾期、上门催收怎么办";

    public string Description => SiteText.DefaultDescription;

    public string? CanonicalPath => "/";

    public DebtHelp.Web.Articles.Article? Emergency => Snapshot.BySlug.GetValueOrDefault(SiteText.EmergencySlug);

    public void OnGet()
    {
    }
}
