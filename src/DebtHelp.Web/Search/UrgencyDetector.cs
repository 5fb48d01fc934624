using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>
/// Tells a question about something happening right now ("他们现在就在门口", "正在敲门") from one about a visit
/// in general ("催收上门录音合法吗", "说明天要来我家"). Only the first should put the emergency article first.
/// </summary>
public static class UrgencyDetector
{
    /// <summary>The emergency article: what to do while a collector is at the door.</summary>
    public const string ArticleSlug = "collector-at-door-now";

    /// <summary>Words that place the reader in the moment, normalised (simplified).</summary>
    private static readonly string[] Now =
    [
        "现在", "此刻", "正在", "这会儿", "眼下", "就在", "一直在", "在敲门", "一直敲", "砸门", "在砸", "砸我家", "拍门", "踹门", "按门铃", "堵门",
        "堵在", "守在", "蹲在", "赖着", "不肯走", "不走", "闯进", "进来了", "上门了", "找上门了", "来了", "到家了",
        "到门口了", "在门口", "在门外", "喊我名字", "好怕", "好害怕", "手在抖", "吓得", "等会儿", "马上就",
    ];

    /// <summary>
    /// Questions about one specific thing (may I record, must I open, are they real) ask for that article even at
    /// the door: the emergency article is then one answer among others, not the first by right.
    /// </summary>
    private static readonly string[] Specific =
    [
        "录音", "录像", "拍", "视频", "证件", "身份", "真的", "是不是", "合法", "违法", "私闯", "老赖", "开门", "进门",
        "作证", "律师函", "法院", "公安", "派出所", "警察", "制服", "转账", "签字", "手印",
    ];

    /// <summary>Words that put the visit in the future or make it a what-if: then it is not happening now.</summary>
    private static readonly string[] Later =
    [
        "明天", "后天", "下周", "下个月", "过几天", "以后", "将来", "要来", "会来", "会不会", "说要", "扬言", "如果", "万一",
        "打算", "准备上门", "上次", "以前", "之前", "昨天", "前几天", "上个月",
    ];

    /// <summary>How a question stands in time, as far as the emergency article is concerned.</summary>
    public enum Urgency
    {
        /// <summary>Nothing says it is happening now.</summary>
        Calm,

        /// <summary>Happening now, but the question asks something specific.</summary>
        Now,

        /// <summary>Happening now, and the question is "what do I do".</summary>
        Emergency,
    }

    public static Urgency Read(string? raw)
    {
        var text = TextNormalizer.Normalize(raw);
        if (!Now.Any(w => text.Contains(w, StringComparison.Ordinal)) || Later.Any(w => text.Contains(w, StringComparison.Ordinal)))
        {
            return Urgency.Calm;
        }

        return Specific.Any(w => text.Contains(w, StringComparison.Ordinal)) ? Urgency.Now : Urgency.Emergency;
    }

    public static bool IsHappeningNow(string? raw) => Read(raw) != Urgency.Calm;

    /// <summary>Happening now, and asking nothing more specific than "what do I do": the emergency article's case.</summary>
    public static bool IsEmergency(string? raw) => Read(raw) == Urgency.Emergency;
}
