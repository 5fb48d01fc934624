namespace DebtHelp.Web.Chinese;

/// <summary>
/// A script the site is served in. Articles are written in simplified characters; the Taiwan and Hong Kong forms are
/// converted from them with OpenCC's regional configurations, phrase by phrase (s2twp: Taiwan characters, phrases and
/// words such as 搜尋, 記憶體; s2hk: Hong Kong character forms).
/// </summary>
public sealed class ChineseScript
{
    public static readonly ChineseScript Simplified = new("", "zh-CN", "zh-Hans", "简体", null);

    public static readonly ChineseScript Taiwan = new("/zh-hant", "zh-Hant-TW", "zh-Hant-TW", "繁體（台灣）", "s2twp.json");

    public static readonly ChineseScript HongKong = new("/zh-hk", "zh-Hant-HK", "zh-Hant-HK", "繁體（香港）", "s2hk.json");

    public static readonly IReadOnlyList<ChineseScript> All = [Simplified, Taiwan, HongKong];

    private readonly Lazy<OpenCcConverter>? _converter;

    private ChineseScript(string prefix, string lang, string hrefLang, string label, string? config)
    {
        Prefix = prefix;
        Lang = lang;
        HrefLang = hrefLang;
        Label = label;
        Config = config;
        if (config is not null)
        {
            _converter = new(() => OpenCcConverter.Load(Path.Combine(TablesFolder, config), [TablesFolder, SimplifiedToTraditionalFolder]));
        }
    }

    /// <summary>The regional tables and configs (Chinese/OpenCcRegional) and the shared simplified-to-traditional ones (Chinese/OpenCC), as copied beside the app.</summary>
    public static string TablesFolder => Path.Combine(AppContext.BaseDirectory, "Chinese", "OpenCcRegional");

    private static string SimplifiedToTraditionalFolder => Path.Combine(AppContext.BaseDirectory, "Chinese", "OpenCC");

    /// <summary>The path prefix the pages are served under ("" for simplified).</summary>
    public string Prefix { get; }

    /// <summary>The page's <c>lang</c>.</summary>
    public string Lang { get; }

    /// <summary>The <c>hreflang</c> of links to pages in this script.</summary>
    public string HrefLang { get; }

    /// <summary>The name readers pick it by, in its own script.</summary>
    public string Label { get; }

    /// <summary>The OpenCC configuration, or null when nothing is converted.</summary>
    public string? Config { get; }

    public bool IsConverted => _converter is not null;

    /// <summary>Plain text in this script (no HTML handling: see <see cref="PageText"/> for pages).</summary>
    public string Convert(string text) => _converter is null ? text : _converter.Value.Convert(text);

    public static ChineseScript? ForPrefix(string prefix) =>
        All.FirstOrDefault(s => s.Prefix.Length > 0 && string.Equals(s.Prefix, prefix, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Lang;
}
