namespace DebtHelp.Web.Site;

/// <summary>Fixed wording and links used on many pages.</summary>
public static class SiteText
{
    public const string SiteName = "催收应对知识库";
    public const string EmergencySlug = "collector-at-door-now";
    public const string EmergencyPath = "/articles/" + EmergencySlug;
    public const string Disclaimer = "本站内容是一般性法律信息，不构成针对具体个案的法律意见；情况紧急请拨打 110，需要法律帮助可拨打 12348。";
    public const string DefaultDescription = "网贷逾期遇到催收、上门催收怎么办：合法边界、核实身份、保留证据、协商还款、投诉维权，用简单的话讲清楚。";
}
