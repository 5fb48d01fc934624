using System.Text.RegularExpressions;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>
/// Recognises a message from someone who may hurt themselves ("想死", "活不下去", "撑不下去了", 繁體 and typos
/// included), so the results page can put the crisis help above everything else. It errs on the side of firing
/// for a phrase of despair the writer says about themselves, and stays quiet for the everyday hyperbole of
/// 死 (吓死了, 烦死了, 死机) and for a threat the reader reports a collector making ("催收说要弄死我" is a
/// police matter): the phrases below never contain a bare 死, and a phrase in a clause that reports what
/// someone else said does not count.
/// </summary>
public static partial class CrisisDetector
{
    /// <summary>The article the crisis box leads to.</summary>
    public const string ArticleSlug = "crisis-support";

    /// <summary>Shown second: living with debt, with its own section on feeling unable to cope.</summary>
    public const string CopingSlug = "coping-with-debt";

    /// <summary>What people write when they think of ending their life or cannot go on (normalised, simplified).</summary>
    private static readonly string[] Phrases =
    [
        "想死", "想去死", "不想活", "不要活了", "不活了", "不想再活", "活不下去", "活不成了", "没法活了", "没法活下去",
        "活着没意思", "活着没有意思", "活着有什么意思", "活着好累", "活着太累", "活够了", "生无可恋", "不想醒来",
        "撑不下去", "撑不住了", "熬不下去", "坚持不下去", "走投无路", "没有活路", "没活路", "绝望",
        "轻生", "自杀", "自尽", "寻死", "寻短见", "想不开", "了结自己", "结束自己", "结束生命", "结束我的生命",
        "一了百了", "一死了之", "死了算了", "不如死了", "还不如死", "去死算了", "死了就解脱", "死了就不用还",
        "想解脱", "离开这个世界", "跳下去", "跳楼", "跳河", "跳江", "跳桥", "卧轨", "割腕", "上吊", "安眠药", "烧炭",
        "喝农药", "敌敌畏", "自残", "伤害自己", "遗书", "紫砂", "崩溃了", "人生完了", "没希望了", "没有希望了",
        "看不到希望", "不想坚持了", "坚持不住了", "撑不住", "熬不住", "扛不住了", "拖累家人", "想结束这一切",
        "活着好难", "活得好累",
    ];

    /// <summary>The same in letters, matched with spaces removed ("want to die").</summary>
    private static readonly string[] Latin = ["zisha", "suicide", "killmyself", "wanttodie", "endmylife"];

    /// <summary>"崩溃了" about an app or a website is about a program.</summary>
    private static readonly string[] Programs = ["系统", "app", "软件", "网站", "手机", "页面", "电脑", "服务器"];

    /// <summary>"撑不下去" about a shop or a business is about money, not about the writer's life.</summary>
    private static readonly string[] NotAboutThemselves = ["生意", "店", "公司", "厂", "企业", "项目", "买卖", "工作室"];

    private static readonly string[] GoingOn = ["撑不下去", "撑不住了", "撑不住", "熬不下去", "熬不住", "扛不住了", "坚持不下去", "坚持不住了"];

    /// <summary>
    /// Acts that a reader may report of someone else ("我哥跳楼走了，他的网贷谁还"): then they count only with an
    /// intention next to them ("想跳楼", "朋友说他想自杀").
    /// </summary>
    private static readonly string[] Acts = ["跳楼", "跳河", "跳江", "跳桥", "卧轨", "割腕", "上吊", "烧炭", "喝农药", "自杀", "自尽", "轻生", "紫砂"];

    private static readonly string[] Others =
    [
        "他", "她", "哥", "姐", "弟", "妹", "爸", "妈", "父亲", "母亲", "丈夫", "老公", "老婆", "妻子", "儿子", "女儿",
        "朋友", "同事", "同学", "借款人", "家人", "亲戚", "邻居", "别人", "有人", "网友", "新闻",
    ];

    private static readonly string[] Intent = ["想", "要", "准备", "打算", "差点", "去"];

    /// <summary>
    /// A clause that reports someone else's words: a collector, the platform or "they" said, threatened or cursed.
    /// Not when the reader is the one speaking to them ("我跟催收说…").
    /// </summary>
    [GeneratedRegex("(?<![跟和对向给])(催收|催债|要债|讨债|追债|对方|他们|那帮人|那些人|那人|客服|平台|那边|打电话的)(的人|员)?[^我]{0,4}(说|讲|扬言|威胁|骂|喊|吼|咒|诅咒|叫嚣|放话|发消息|发短信|留言)")]
    private static partial Regex ReportedSpeech();

    private static readonly Lazy<(string Phrase, string[][] Sounds)[]> Fuzzy = new(() =>
        [.. Phrases.Where(p => p.Length >= 3 && p.All(TextNormalizer.IsHan)).Select(p => (p, p.Select(Homophones.ReadingsOf).ToArray()))]);

    /// <summary>True when the message signals self-harm or despair by its writer.</summary>
    public static bool Signals(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        // Clauses end at punctuation (a space once normalised); inside one, spaces and case do not matter.
        var text = TextNormalizer.Normalize(raw.Length > 600 ? raw[..600] : raw);
        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (ClauseSignals(part))
            {
                return true;
            }
        }

        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        return Latin.Any(w => compact.Contains(w, StringComparison.Ordinal));
    }

    private static bool ClauseSignals(string clause)
    {
        foreach (var phrase in Phrases)
        {
            var at = clause.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0 && Counts(clause, at, phrase))
            {
                return true;
            }
        }

        // A slip of the pinyin input method in a longer phrase ("不想或了", "活不下区"): one character that sounds the same.
        foreach (var (phrase, sounds) in Fuzzy.Value)
        {
            for (var at = 0; at + phrase.Length <= clause.Length; at++)
            {
                if (SoundsLike(clause, at, phrase, sounds) && Counts(clause, at, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SoundsLike(string clause, int at, string phrase, string[][] sounds)
    {
        // Cheap test first: all characters but one as written.
        var differ = 0;
        for (var i = 0; i < phrase.Length && differ < 2; i++)
        {
            if (clause[at + i] != phrase[i])
            {
                differ++;
            }
        }

        if (differ != 1)
        {
            return false;
        }

        var swapped = 0;
        for (var i = 0; i < phrase.Length; i++)
        {
            var c = clause[at + i];
            if (c == phrase[i])
            {
                continue;
            }

            if (++swapped > 1 || sounds[i].Length == 0 || !Homophones.ReadingsOf(c).Any(sounds[i].Contains))
            {
                return false;
            }
        }

        return swapped == 1;
    }

    private static bool Counts(string clause, int at, string phrase)
    {
        var before = clause[..at];
        if (ReportedSpeech().IsMatch(before))
        {
            return false;
        }

        var near = before.Length > 3 ? before[^3..] : before;
        if (phrase == "崩溃了" && Programs.Any(w => before.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        if (GoingOn.Contains(phrase) && NotAboutThemselves.Any(w => near.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        var adjacent = before.Length > 2 ? before[^2..] : before;
        return !Acts.Contains(phrase) || !Others.Any(w => before.Contains(w, StringComparison.Ordinal))
            || Intent.Any(w => adjacent.Contains(w, StringComparison.Ordinal));
    }
}
