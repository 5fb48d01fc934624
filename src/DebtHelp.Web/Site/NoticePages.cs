using System.Globalization;
using DebtHelp.Web.Chinese;
using DebtHelp.Web.Feeds;
using DebtHelp.Web.Pages;

namespace DebtHelp.Web.Site;

/// <summary>
/// The pages written without Razor: 503 while the first index loads (there is nothing to render pages from yet) and
/// 429 when one address searches too often. Each is a whole small page, polite and with a next step; under the
/// /zh-hant prefix it is converted to traditional characters like every rendered page, and its links are written
/// under the prefix. Built once per script: a flood of rejected requests must stay cheap to answer.
/// </summary>
public static class NoticePages
{
    /// <summary>Stands for the wait in seconds; ASCII, so the conversion to traditional characters leaves it alone.</summary>
    private const string SecondsToken = "RETRY_AFTER_SECONDS";

    private const string LoadingSimplified =
        "<h1>请稍等几秒钟</h1>" +
        "<p class=\"lead\">网站刚刚启动，正在准备文章内容。很抱歉让你久等，请过几秒钟再打开这一页。</p>" +
        "<p><a href=\"\">重新打开这一页</a></p>" +
        "<p class=\"call\">如果有人正在威胁你或强行进门，不用等：<a class=\"tel\" href=\"tel:110\">拨打 110</a></p>";

    private static string TooManySearchesSimplified(string site) =>
        "<h1>搜索太频繁了，请稍等一下</h1>" +
        "<p class=\"lead\">为了让每个人都能用上搜索，同一个网络每分钟能搜索的次数有限。给你添麻烦了，请等 " + SecondsToken + " 秒左右再试。</p>" +
        "<p>文章照常可以打开，不受影响：</p>" +
        "<ul><li><a href=\"" + site + "/\">返回首页，按主题找文章</a></li>" +
        "<li><a href=\"" + site + SiteText.EmergencyPath + "\">催收人员现在就在门口，怎么办</a></li>" +
        "<li><a href=\"\">稍后重新搜索</a></li></ul>" +
        "<p class=\"call\">如果有人正在威胁你或强行进门：<a class=\"tel\" href=\"tel:110\">拨打 110</a></p>";

    private static string TooManyLettersSimplified(string site) =>
        "<h1>生成信件太频繁了，请稍等一下</h1>" +
        "<p class=\"lead\">同一个网络每分钟能生成的信件次数有限。请等 " + SecondsToken + " 秒左右，再回到上一页点“重新生成”：你填的内容还在上一页里，这里没有保存。</p>" +
        "<ul><li><a href=\"" + site + "/letters\">重新打开写信的页面</a></li><li><a href=\"" + site + "/\">返回首页</a></li></ul>" +
        "<p class=\"call\">如果有人正在威胁你或强行进门：<a class=\"tel\" href=\"tel:110\">拨打 110</a></p>";

    private const string TooManySearchesMessageSimplified = "搜索太频繁了，请等 " + SecondsToken + " 秒左右再试。文章页面照常可以打开。";

    private static readonly Variants Loading = new("正在准备", _ => LoadingSimplified);

    private static readonly Variants TooManySearches = new("请稍等", TooManySearchesSimplified);

    private static readonly Variants TooManyLetters = new("请稍等", TooManyLettersSimplified);

    private static readonly Dictionary<ChineseScript, Lazy<string>> TooManySearchesMessages =
        ChineseScript.All.ToDictionary(s => s, s => new Lazy<string>(() => s.Convert(TooManySearchesMessageSimplified)));

    /// <summary>The 503 page shown until the first index is loaded.</summary>
    public static string LoadingPage(HttpContext context) => Loading.For(context);

    /// <summary>The 429 page for a reader who searched too often; <paramref name="retryAfterSeconds"/> matches Retry-After.</summary>
    public static string TooManySearchesPage(HttpContext context, int retryAfterSeconds) =>
        WithSeconds(TooManySearches.For(context), retryAfterSeconds);

    /// <summary>The 429 page for a reader who posted the letter form too often.</summary>
    public static string TooManyLettersPage(HttpContext context, int retryAfterSeconds) =>
        WithSeconds(TooManyLetters.For(context), retryAfterSeconds);

    /// <summary>The same notice as one sentence, for the JSON API.</summary>
    public static string TooManySearchesMessage(HttpContext context, int retryAfterSeconds) =>
        WithSeconds(TooManySearchesMessages[TraditionalChinese.Script(context)].Value, retryAfterSeconds);

    private static string WithSeconds(string text, int seconds) =>
        text.Replace(SecondsToken, seconds.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// A whole page: the site's stylesheet (its address is let through while the site loads) and no inline style,
    /// which the CSP would block. <c>href=""</c> is the page itself, so "try again" never echoes the request's address.
    /// </summary>
    private static string Page(string lang, string title, string main) =>
        $"<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">" +
        $"<title>{title} - {SiteText.SiteName}</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>" +
        $"<body><main id=\"main\">{main}</main></body></html>";

    /// <summary>
    /// One notice in every script, made the first time it is asked for: <paramref name="main"/> gets the script's
    /// prefix (the request's path base: "" or /zh-hant or /zh-hk) to put in front of the site's own addresses.
    /// </summary>
    private sealed class Variants(string title, Func<string, string> main)
    {
        private readonly Dictionary<ChineseScript, Lazy<string>> _pages = ChineseScript.All.ToDictionary(s => s, s =>
            new Lazy<string>(() => s.IsConverted
                ? TraditionalChinese.Convert(Page(s.Lang, title, main(s.Prefix)), s)
                : Page(s.Lang, title, main(s.Prefix))));

        public string For(HttpContext context) => _pages[TraditionalChinese.Script(context)].Value;
    }
}
