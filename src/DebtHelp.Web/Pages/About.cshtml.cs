using DebtHelp.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DebtHelp.Web.Pages;

/// <summary>/about: who writes the site, how articles are checked and dated, what the site is not, how to report a mistake.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.PolicyName)]
public sealed class AboutModel : PageModel, IPageMeta
{
    public IReadOnlyList<Pages.Navigation.Crumb> Breadcrumbs { get; private set; } = [];

    public string PageTitle => "关于本站";

    public string Description => "本站怎样写文章、怎样核对法条和日期；本站不是律师事务所，也不是贷款或催收机构，从不向你要钱；发现错误怎样告诉我们。";

    public string? CanonicalPath => "/about";

    public void OnGet() => Breadcrumbs = Pages.Navigation.Trails.Page(Url, PageTitle, "/About");
}
