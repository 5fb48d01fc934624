using DebtHelp.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DebtHelp.Web.Pages;

/// <summary>/accessibility: the accessibility statement (issue 15 item 7): the target, what is done, how it is checked, known gaps.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.PolicyName)]
public sealed class AccessibilityModel : PageModel, IPageMeta
{
    public IReadOnlyList<Pages.Navigation.Crumb> Breadcrumbs { get; private set; } = [];

    public string PageTitle => "无障碍说明";

    public string Description => "本站以 WCAG 2.1 AA 级为目标：不开 JavaScript 也能用、页面小、可放大、可键盘操作、深色模式；已知的不足和反馈方式。";

    public string? CanonicalPath => "/accessibility";

    public void OnGet() => Breadcrumbs = Pages.Navigation.Trails.Page(Url, PageTitle, "/Accessibility");
}
