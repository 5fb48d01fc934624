namespace DebtHelp.Web.Pages.Report;

/// <summary>The fixed reasons a reader can pick; there is no free text, so a report cannot carry personal data.</summary>
public sealed record MistakeReason(string Code, string Label)
{
    public static IReadOnlyList<MistakeReason> All { get; } =
    [
        new("law", "引用的法律条文或依据不对"),
        new("outdated", "内容过时了（法律、规定或做法已经变了）"),
        new("phone", "电话号码或投诉渠道不对、打不通"),
        new("unclear", "说得不清楚，看不懂"),
        new("broken", "链接打不开，或页面显示不正常"),
        new("accessibility", "难以阅读或操作（无障碍问题）"),
    ];

    public static MistakeReason? Find(string? code) => All.FirstOrDefault(r => r.Code == code);
}
