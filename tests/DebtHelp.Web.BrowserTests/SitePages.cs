using DebtHelp.Web.Articles;
namespace DebtHelp.Web.BrowserTests;

/// <summary>One address of each kind of page the site serves, from the real content.</summary>
public static class SitePages
{
    public const string Home = "/";
    public const string Topic = "/topics/home-visit-legality";
    public const string Article = "/articles/night-visits";
    public const string TemplateArticle = "/articles/evidence-log-template";
    public const string Emergency = "/articles/collector-at-door-now";
    public const string EmptySearch = "/search";
    public const string SearchResults = "/search?q=催收上门";
    public const string NoResults = "/search?q=xyzxyz";
    public const string NotFound = "/no/such/page";
    public const string Letters = "/letters";

    public static TheoryData<string> All =>
    [
        Home, Topic, Article, TemplateArticle, Emergency, EmptySearch, SearchResults, NoResults, NotFound, Letters,
    ];
}
