using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DebtHelp.Web.Pages;

/// <summary>
/// What the service worker (wwwroot/sw.js) shows when the network fails and the page asked for was never kept. It is
/// kept itself, with the pages every reader may need offline; articles the reader opened are kept too and listed here
/// by wwwroot/js/offline.js when JavaScript runs.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.PolicyName)]
public sealed class OfflineModel(KnowledgeBaseHolder holder) : PageModel, IPageMeta
{
    public const string Path = "/offline";

    /// <summary>The offline page's own script (lists kept articles); kept by the service worker with the page.</summary>
    public const string PageScript = "/js/offline-page.js";

    /// <summary>The articles kept for every reader: the emergency page, the rights card, the crisis page.</summary>
    public static readonly IReadOnlyList<string> KeptSlugs = [SiteText.EmergencySlug, "rights-card", "crisis-support"];

    /// <summary>Site paths the service worker keeps as soon as it runs (in the reader's script), space-separated for a data attribute.</summary>
    public static string KeptPaths => string.Join(' ', KeptSlugs.Select(s => "/articles/" + s).Append(Path));

    public IReadOnlyList<Article> Kept { get; } = KeptSlugs.Select(s => holder.Current?.BySlug.GetValueOrDefault(s)).OfType<Article>().ToList();

    public string PageTitle => "现在没有联网";

    public string Description => "网络断开时可以打开的页面。";

    public string? CanonicalPath => null;

    public void OnGet()
    {
    }
}
