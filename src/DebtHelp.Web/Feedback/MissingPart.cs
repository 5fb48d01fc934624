namespace DebtHelp.Web.Feedback;

/// <summary>The fixed list a reader may tick when an article did not help: only these codes are ever stored.</summary>
public sealed record MissingPart(string Code, string Label)
{
    public static readonly IReadOnlyList<MissingPart> All =
    [
        new("steps", "没说清楚我现在该怎么做"),
        new("my-case", "没讲到我的情况"),
        new("law", "法律依据没讲清楚"),
        new("contacts", "缺少能求助的电话或机构"),
        new("too-hard", "太长或太难懂"),
    ];
}
