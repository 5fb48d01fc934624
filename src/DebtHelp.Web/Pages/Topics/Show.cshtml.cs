using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DebtHelp.Web.Site;

namespace DebtHelp.Web.Pages.Topics;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.PolicyName)]
public sealed class ShowModel(KnowledgeBaseSnapshot snapshot) : PageModel, IPageMeta
{
    public KnowledgeBaseSnapshot Snapshot { get; } = snapshot;

    public Topic Topic { get; private set; } = null!;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public string PageTitle => Topic.Name;

    public string Description => Topic.Description;

    public string? CanonicalPath => "/topics/" + Topic.Slug;

    public IReadOnlyList<Pages.Navigation.Crumb> Breadcrumbs { get; private set; } = [];

    public IActionResult OnGet(string slug)
    {
        if (Snapshot.Topic(slug) is not { } topic)
        {
            return NotFound();
        }

        Topic = topic;
        Articles = Snapshot.ArticlesIn(slug);
        Breadcrumbs = Pages.Navigation.Trails.Topic(Url, topic);
        return Page();
    }
}
