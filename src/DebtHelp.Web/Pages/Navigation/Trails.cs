using DebtHelp.Web.Articles;
using Microsoft.AspNetCore.Mvc;

namespace DebtHelp.Web.Pages.Navigation;

/// <summary>The breadcrumb trails of the site's pages, every address generated from the page it names.</summary>
public static class Trails
{
    public const string HomeName = "首页";
    public const string TopicsName = "全部主题";
    public const string ArticlesName = "全部文章";

    public static Crumb Home(IUrlHelper url) => new(HomeName, url.Page("/Index")!);

    public static IReadOnlyList<Crumb> TopicsIndex(IUrlHelper url) => [Home(url), new(TopicsName, url.Page("/Topics/Index")!)];

    public static IReadOnlyList<Crumb> ArticlesIndex(IUrlHelper url) => [Home(url), new(ArticlesName, url.Page("/Articles/Index")!)];

    public static IReadOnlyList<Crumb> Topic(IUrlHelper url, Topic topic) =>
        [Home(url), new(TopicsName, url.Page("/Topics/Index")!), new(topic.Name, url.Page("/Topics/Show", new { slug = topic.Slug })!)];

    /// <summary>Home › the article's first topic › the article.</summary>
    public static IReadOnlyList<Crumb> Article(IUrlHelper url, Article article, Topic? topic) =>
        topic is null
            ? [Home(url), new(article.Title, url.Page("/Articles/Show", new { slug = article.Slug })!)]
            : [Home(url), new(topic.Name, url.Page("/Topics/Show", new { slug = topic.Slug })!), new(article.Title, url.Page("/Articles/Show", new { slug = article.Slug })!)];

    /// <summary>A page of its own under home, such as /about.</summary>
    public static IReadOnlyList<Crumb> Page(IUrlHelper url, string name, string page) => [Home(url), new(name, url.Page(page)!)];
}
