namespace DebtHelp.Web.Articles.Diagrams;

/// <summary>
/// The site's pictures, placed in an article with a line of Markdown: <c>![说明](diagram:lawsuit-timeline)</c>.
/// Deadlines follow 《中华人民共和国民事诉讼法》 (content/law-texts/民事诉讼法-2023.md): defence within 15 days of
/// receiving the complaint (art. 128), appeal within 15 days of service of the judgment (art. 171), application for
/// enforcement within 2 years (art. 250).
/// </summary>
public static class SiteDiagrams
{
    public const string Scheme = "diagram:";

    public static readonly Diagram CollectionStages = new(
        "collection-stages",
        "催收一般怎样一步步升级",
        "每家机构节奏不同，不是每个人都会走完所有阶段。点任何一步，看相关文章。",
        [
            new("1 刚到期、刚逾期", ["App推送、短信自动提醒，", "语气比较客气"], "negotiate-instalments"),
            new("2 逾期一段时间", ["电话、短信变多，出现", "“将采取进一步措施”的警告"], "harassing-calls-and-texts"),
            new("3 逾期较久", ["可能交给第三方催收机构，", "也可能安排人上门"], "is-home-visit-legal"),
            new("4 最后：起诉", ["有的机构会向法院起诉，", "法院寄来传票和起诉状"], "sued-summons-what-to-do"),
        ]);

    public static readonly Diagram LawsuitTimeline = new(
        "lawsuit-timeline",
        "被起诉以后的时间线和期限",
        "期限依据《中华人民共和国民事诉讼法》第128条、第171条、第250条。点任何一步，看相关文章。",
        [
            new("1 收到传票、起诉状副本", ["先核实是不是真的法院文书，", "记下收到的日期"], "check-lawsuit-is-real"),
            new("2 15日内交答辩状", ["从收到起诉状副本之日起15日内；", "管辖异议也在这15天里提"], "defence-period-and-court"),
            new("3 开庭", ["线上线下效力一样；", "不到庭可能被缺席判决"], "default-judgment"),
            new("4 判决", ["判决书送达后，", "仔细看判了多少、怎么还"], "sued-summons-what-to-do"),
            new("5 15日内可以上诉", ["从判决书送达之日起15日内，", "向上一级法院上诉"], "default-judgment"),
            new("6 强制执行", ["判决生效后不按期还，对方可在", "2年内申请法院强制执行"], "enforcement-after-judgment"),
        ]);

    public static readonly IReadOnlyDictionary<string, Diagram> ByName =
        new[] { CollectionStages, LawsuitTimeline }.ToDictionary(d => d.Name, StringComparer.Ordinal);
}
