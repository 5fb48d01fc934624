using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DebtHelp.Web.Pages.Topics;

/// <summary>/topics: the topics with their descriptions, the parent page of every topic's breadcrumb.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.PolicyName)]
public sealed class IndexModel(KnowledgeBaseSnapshot snapshot) : PageModel, IPageMeta
{
    public KnowledgeBaseSnapshot Snapshot { get; } = snapshot;

    public IReadOnlyList<Pages.Navigation.Crumb> Breadcrumbs { get; private set; } = [];

    public string PageTitle => "全部主题";

    public string Description => "按主题查找：" + string.Join("、", Snapshot.Topics.Select(t => t.Name)) + "。";

    public string? CanonicalPath => "/topics";

    public void OnGet() => Breadcrumbs = Pages.Navigation.Trails.TopicsIndex(Url);
}
