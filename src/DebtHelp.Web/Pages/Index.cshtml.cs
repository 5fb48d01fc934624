using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DebtHelp.Web.Site;

namespace DebtHelp.Web.Pages;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.PolicyName)]
public sealed class IndexModel(KnowledgeBaseSnapshot snapshot) : PageModel, IPageMeta
{
    public KnowledgeBaseSnapshot Snapshot { get; } = snapshot;

    public string PageTitle => "网贷逾期、上门催收怎么办";

    public string Description => SiteText.DefaultDescription;

    public string? CanonicalPath => "/";

    public DebtHelp.Web.Articles.Article? Emergency => Snapshot.BySlug.GetValueOrDefault(SiteText.EmergencySlug);

    public void OnGet()
    {
    }
}
