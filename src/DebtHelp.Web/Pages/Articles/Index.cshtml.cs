using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DebtHelp.Web.Pages.Articles;

/// <summary>/articles: every article once, under its first topic, in the writers' order.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.PolicyName)]
public sealed class IndexModel(KnowledgeBaseSnapshot snapshot) : PageModel, IPageMeta
{
    public KnowledgeBaseSnapshot Snapshot { get; } = snapshot;

    public IReadOnlyList<(Topic Topic, IReadOnlyList<Article> Articles)> Groups { get; private set; } = [];

    public IReadOnlyList<Navigation.Crumb> Breadcrumbs { get; private set; } = [];

    public string PageTitle => "全部文章";

    public string Description => $"{SiteText.SiteName}的全部 {Snapshot.Articles.Count} 篇文章，按主题排列：{string.Join("、", Snapshot.Topics.Select(t => t.Name))}。";

    public string? CanonicalPath => "/articles";

    public void OnGet()
    {
        Groups = Snapshot.Topics
            .Select(t => (t, (IReadOnlyList<Article>)Snapshot.InReadingOrder.Where(a => a.Topics.Count > 0 && a.Topics[0] == t.Slug).ToList()))
            .Where(g => g.Item2.Count > 0)
            .ToList();
        Breadcrumbs = Navigation.Trails.ArticlesIndex(Url);
    }
}
