using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Benchmarks;

/// <summary>
/// The fixed list of questions the benchmark asks: what readers type, in the shapes that cost differently
/// (a two-character word, a templated question, traditional characters, typos, a 60-character story, a
/// question the knowledge base cannot answer, which takes the suggestion path).
/// </summary>
public static class ReaderQueries
{
    public const int LongQueryLength = 60;

    private static readonly string[] Actions =
    [
        "上门", "半夜上门", "凌晨敲门", "打电话到单位", "给家人打电话", "爆通讯录", "天天打电话", "发短信威胁",
        "说要起诉我", "说要抓我坐牢", "冒充法院", "冒充警察", "把照片发到网上", "在门口不走", "强行进门", "堵门",
        "骂人", "找我父母", "找我同事", "说要上征信", "要我交解冻费", "不出示工作证", "让我借新还旧", "加收手续费",
        "给紧急联系人打电话", "周末上门", "说我是诈骗", "拍我家门口",
    ];

    private static readonly string[] Templates =
    [
        "催收{0}怎么办", "催收{0}合法吗", "催收{0}可以报警吗", "催收{0}怎么投诉", "网贷逾期催收{0}",
        "被催收{0}了怎么办", "催收{0}是不是违法",
    ];

    // Homophones and near-misses readers actually type.
    private static readonly (string Right, string Wrong)[] Typos =
    [
        ("催收", "崔收"), ("催收", "摧收"), ("报警", "抱警"), ("征信", "正信"), ("协商", "协上"), ("分期", "分其"),
        ("律师", "律市"), ("投诉", "投述"), ("通讯录", "通信录"), ("骚扰", "搔扰"), ("威胁", "威协"), ("逾期", "预期"),
        ("合法", "和法"), ("上门", "上们"), ("起诉", "起数"), ("坐牢", "做牢"),
    ];

    private static readonly string[] Short =
    [
        "催收", "上门", "报警", "征信", "录音", "分期", "投诉", "网贷", "逾期", "律师", "坐牢", "冒充", "骚扰电话",
        "爆通讯录", "砍头息", "解冻费", "委托书", "工作证", "停息挂账", "法律援助", "12378", "110", "12348",
        "寻衅滋事", "私闯民宅", "诉讼时效", "债权转让", "人格权禁令", "高利贷", "证据", "协商还款", "上征信",
        "催收电话", "门口", "深夜",
    ];

    private static readonly string[] Mixed =
    [
        "APP催收爆通讯录", "打12378投诉有用吗", "110出警后催收还来", "催收员没有工作证", "网贷app天天打电话",
        "借呗逾期催收上门", "花呗逾期会上门吗", "催收 上门 合法", "上门催收?", "催收！！！怎么办",
    ];

    private static readonly string[] Openers =
    [
        "我在网贷平台借了两万块钱，已经逾期三个月了，", "去年借了一笔小额贷款，现在实在还不上，",
        "信用卡和网贷加起来欠了八万多，", "我老公背着我借了网贷，逾期半年了，", "我是学生，借的分期还不上了，",
        "疫情以后收入少了一半，几个平台都逾期了，",
    ];

    private static readonly string[] Events =
    [
        "昨天晚上十一点有两个人到我家门口一直敲门，", "催收每天打几十个电话给我爸妈和同事，",
        "今天有人自称法院的工作人员打电话说要来抓我，", "他们把我的照片和欠款信息发到了小区业主群里，",
        "催收人员堵在我公司门口不让我下班，", "对方让我先交三千块解冻费才能停止催收，",
    ];

    private static readonly string[] Asks =
    [
        "这样催收合法吗，我应该报警还是先去投诉，", "请问我可以录音录像作为证据吗，要怎么保存，",
        "能不能和平台协商分期还款，利息太高了怎么办，", "我会不会因为这个坐牢，需要找律师吗，",
        "这种情况应该向哪个部门投诉才有用，",
    ];

    private static readonly string[] OffTopic =
    [
        "信用卡年费怎么退", "房贷提前还款划算吗", "公积金怎么提取", "车险理赔流程", "股票怎么开户",
        "离婚财产怎么分割", "医保报销比例是多少", "租房押金不退", "快递丢了怎么赔", "手机号被停机了",
    ];

    /// <summary>Builds the list. Deterministic for a given content set.</summary>
    public static IReadOnlyList<ReaderQuery> Build(ContentSet content)
    {
        var queries = new List<ReaderQuery>();
        var random = new Random(20_261_123);

        var templated = Actions.SelectMany(a => Templates.Select(t => string.Format(System.Globalization.CultureInfo.InvariantCulture, t, a)))
            .Order(StringComparer.Ordinal).ToList();
        Shuffle(templated, random);
        queries.AddRange(templated.Take(110).Select(q => new ReaderQuery(QueryKind.Template, q)));
        queries.AddRange(Mixed.Select(q => new ReaderQuery(QueryKind.Template, q)));

        var traditionalSources = templated.Skip(110).Take(22).Concat(content.Articles.Take(8).Select(a => a.Title));
        foreach (var simplified in traditionalSources)
        {
            var traditional = ChineseScript.Taiwan.Convert(simplified);
            if (traditional != simplified)
            {
                queries.Add(new ReaderQuery(QueryKind.Traditional, traditional));
            }
        }

        foreach (var (right, wrong) in Typos)
        {
            foreach (var source in templated.Skip(132).Concat(Short).Concat(Mixed).Where(q => q.Contains(right, StringComparison.Ordinal)).Take(2))
            {
                queries.Add(new ReaderQuery(QueryKind.Typo, source.Replace(right, wrong, StringComparison.Ordinal)));
            }
        }

        // A dropped character, as from a hurried phone keyboard.
        foreach (var source in templated.Skip(150).Take(8))
        {
            var at = random.Next(1, source.Length - 1);
            queries.Add(new ReaderQuery(QueryKind.Typo, source.Remove(at, 1)));
        }

        queries.AddRange(Short.Select(q => new ReaderQuery(QueryKind.ShortWord, q)));

        for (var i = 0; i < 30; i++)
        {
            var story = Openers[random.Next(Openers.Length)] + Events[random.Next(Events.Length)] + Asks[random.Next(Asks.Length)] + "谢谢";
            story = story.Length >= LongQueryLength ? story[..LongQueryLength] : story.PadRight(LongQueryLength, '。');
            queries.Add(new ReaderQuery(QueryKind.LongStory, story));
        }

        queries.AddRange(OffTopic.Select(q => new ReaderQuery(QueryKind.OffTopic, q)));
        queries.AddRange(content.Articles.Select(a => new ReaderQuery(QueryKind.Title, a.Title)));
        queries.AddRange(content.Articles.Where(a => a.Questions.Count > 0).Select(a => new ReaderQuery(QueryKind.Question, a.Questions[^1])));
        return queries;
    }

    private static void Shuffle<T>(List<T> list, Random random)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
