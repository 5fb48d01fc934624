using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;
using DebtHelp.Web.Site;

namespace DebtHelp.Web.Pages;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(SearchRateLimiting.PolicyName)]
public sealed class SearchModel(KnowledgeBaseSnapshot snapshot, SearchGapLog gaps, ILoggerFactory loggers) : PageModel, IPageMeta
{
    // The API's category, so the page's search lines follow the same level setting ("DebtHelp.Search": Warning in
    // appsettings); under its own category the page used to log every query that found nothing at Information.
    private readonly ILogger _logger = loggers.CreateLogger(SearchEndpoints.LogCategory);

    public KnowledgeBaseSnapshot Snapshot { get; } = snapshot;

    public SearchOutcome Outcome { get; private set; } = SearchOutcome.Empty;

    public string Query => Outcome.Query;

    public string PageTitle => Query.Length > 0 ? $"搜索：{ReaderQuery}" : "搜索";

    /// <summary>The query as the reader typed it: a converted page leaves it in the reader's own script.</summary>
    public string ReaderQuery => Chinese.PageText.MarkReaderText(Query, Site.TraditionalChinese.Script(HttpContext));

    public string Description => "在催收应对知识库里搜索你的问题。";

    /// <summary>
    /// The search page itself (box, examples, topics) is a page like any other. A results page is not indexed: its
    /// heading repeats whatever text is in the link, and search engines should not carry that text.
    /// </summary>
    public string? CanonicalPath => Query.Length == 0 ? "/search" : null;

    public Article? Emergency => Snapshot.BySlug.GetValueOrDefault(SiteText.EmergencySlug);

    /// <summary>Confident results in full; otherwise only the closest few, so loose matches do not pass for answers.</summary>
    public IEnumerable<SearchHit> Shown => Outcome.Confidence == SearchConfidence.High || Outcome.Crisis ? Outcome.Hits : Outcome.Hits.Take(ClosestShown);

    private const int ClosestShown = 3;

    public Article? Crisis => Snapshot.BySlug.GetValueOrDefault(CrisisDetector.ArticleSlug);

    /// <summary>The article on getting through the days, which the support line leads to first.</summary>
    public Article? Coping => Snapshot.BySlug.GetValueOrDefault(CrisisDetector.CopingSlug);

    public async Task OnGetAsync()
    {
        // Repeated ?q= parameters: the first one counts.
        var q = Request.Query["q"].FirstOrDefault();
        // Not kept on the server (see PageCaching); the reader's own browser may keep it for a minute.
        Response.Headers.CacheControl = "private, max-age=60";
        if (string.IsNullOrWhiteSpace(q))
        {
            Outcome = SearchOutcome.Empty;
            return;
        }

        // Off the socket thread when requests run there: a search is the one request that takes real CPU.
        await KestrelTuning.LeaveSocketThreadAsync(HttpContext);
        Outcome = SearchEndpoints.Run(Snapshot, gaps, _logger, q, SearchEngine.DefaultLimit, ClosestShown);
    }
}
