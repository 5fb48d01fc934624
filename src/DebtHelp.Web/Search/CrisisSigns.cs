using System.Text.RegularExpressions;

namespace DebtHelp.Web.Search;

/// <summary>
/// The shapes of what people write when they think of ending their life, for <see cref="CrisisDetector"/>'s first,
/// strong path (the weak signals are in <see cref="CrisisLexicon"/>): patterns
/// over normalised, simplified text (one clause, no spaces), grouped by how they can be misread. Each alternative
/// is a way of saying one thing (a wish to die, not wanting to live, a goodbye, a method) rather than a list of
/// sentences; where an everyday phrase shares the words (想死你们了, 自杀式还款, 跳楼价, 解脱出来) a look-ahead
/// keeps it out.
/// </summary>
internal static partial class CrisisSigns
{
    // What the writer says about their own wish to die or to stop living, in several patterns rather than one: a single
    // alternation of a hundred branches ran at 10 us a clause (the source generator finds no first-character filter
    // for it), the same branches in groups of a dozen at about 1.5 us.

    /// <summary>A wish to die said in words of dying: 想死, 去死, 死咗去算, the thought of it (轻生的念头).</summary>
    [GeneratedRegex(
        "想去?死(?![你您他她它])|(想|要|去)si(?![a-z])|想怎么(去)?死(?![的机])|想去?[四似撕4][了啊呀吧啦]?$|(不如|只能|只想|想|要|我)去死(?![磕活])|还?不如死|我死(了|后)" +
        "|死咗佢?去?(算|就算|好过)|下辈子(再|才)?还(吧|了)?$|下辈子(再|还)(做|当)|[谂諗](住|着)?死|(今晚|今夜|今天晚上)就?(结束|解脱|了断|动手)(了|吧)?$" +
        "|寻死|寻短见|想不开|自残|伤害自己|(轻[声升生]|自[杀刹沙s]|死)的?(念头|想法|打算)")]
    internal static partial Regex WishToDie();

    /// <summary>Not wanting to live, or a life without meaning or the courage to go on (不想活, 活着没意思, 没有勇气再活).</summary>
    [GeneratedRegex(
        "[不唔](想|要|愿意?)再?活(?![期动跃泼儿]|在(?!这个?世|世|人世))|[不唔](想|要|愿意?)再?生存|不活了|活不(下去|成|了了)|没法活|没有?活路|(没脸|无颜|不配|没资格)再?活(?![动跃期泼])" +
        "|活(着|下去)(真|好|太|实在|也|都)?(没|没有|毫无)(意思|意义|劲|盼头|希望)" +
        "|活(着|下去).{0,2}有(什么|啥|何)(意思|意义|用|盼头)|活着(就是|只会|只是|也是)(拖累|受罪|折磨|浪费|累赘)" +
        "|(?<!生)活(着|得)(好|太|真|很)(累|难|痛苦)|活够了|活腻了?|人间不值得|活唔(落|下)去|生无可恋|生不如死|不想再?醒(过)?来|(不用|不要|不想)再醒(过)?来|再也不(要|想|用)?醒(过)?来|瞓咗?唔(再)?醒|人生(没有?|毫无)(意义|意思|希望|盼头)" +
        "|没有?(勇气|力气|理由|动力)(再|继续)?活|没有?再?活下去的(勇气|意义|理由|希望|动力)|活下去的(勇气|意义|理由|希望|动力)(都|也)?没")]
    internal static partial Regex NoWishToLive();

    /// <summary>Ending it, sleep that does not end, going elsewhere (一睡不醒, 去另一个世界, 结束自己, 自我了断).</summary>
    [GeneratedRegex(
        "(希望|想|但愿|恨不得).{0,4}睡.{0,4}(不|别)再?醒|(一切|什么)都(没有?|毫无)(意义|意思)|一睡不醒|永远(睡着|睡下去|睡过去|不醒|不要醒|醒不过?来)|(只想|想)(永远|彻底)?消失(掉|了)?$" +
        "|(去|到)(另一个|另外一个)世界|(把|将)自己.{0,2}(了断|了结|结束掉?|解决掉|弄死)|走(上|向)?绝路|逼(上|到)绝路|死路一条" +
        "|(结束|了结|了断)(自己|生命|此生|一生|残生|我的生命)|(彻底|永远)解脱(?!.{0,3}(网贷|债|贷款|欠款|催收|困扰|出来|这些))|(想|要|打算|准备|只想)(结束|了结)(这一切|一切)|自我了断")]
    internal static partial Regex EndingIt();

    /// <summary>Being a burden, and despair (没有我会更好, 我是家里的累赘, 走投无路, 绝望).</summary>
    [GeneratedRegex(
        "没有我.{0,4}(会|就|才)?(过得)?(更好|更轻松|好过)|我是(家里|大家|家人|全家|他们)的?(累赘|负担|拖累)|我(走|死|不在)了.{0,4}(都|就|也)(轻松|解脱|好过)|(用|拿)(我的)?命(来)?(还|抵|偿)|以死(谢罪|抵债|还债)" +
        "|绝望|走投无路|人生完了|没有?希望了|看不到(希望|盼头)|拖累(家人|家里|父母|孩子|老婆|老公|大家)")]
    internal static partial Regex Burden();

    /// <summary>A goodbye, a last time, a chosen day (遗书, 永别了, 这是最后一次发消息, 今晚过后就不用还了).</summary>
    [GeneratedRegex(
        "(想|要|去|准备|打算)zs|(死|自杀|轻生|跳楼|zs)的(心|念头)都有|控制不住(自己)?(想|要)?(划|割|伤害|跳楼|去死)|(想|要)(划|割)(下去|自己|手腕)|这是(我)?最后一次(上网|发消息|发言|说话)|(跟|和|向)(家人|家里人|父母|孩子|大家|你们)(告别|道别)了|我(现在|已经)?在(天台|楼顶|顶楼|桥上|窗台)(?![^ ]{0,4}(晒|晾|修|漏|等|吃|玩|拍|堵))|一了百了|想解脱(?!.{0,3}(网贷|债|贷款|欠款|催收|困扰|出来|这些))|永别了|先走一步" +
        "|(去|上)天堂|(去|到)另一边|(早点|重新|赶紧)?投胎(重新|重来)|早点投胎|这辈子就(到这|到此)(里)?(吧|了)?$|(已经)?选好(了)?日子了?$|(终于|总算)(可以|能)?解脱了|(哪种|什么|哪个)(方式|方法|办法).{0,6}(最快|不痛|不疼|没有痛苦)|就等今晚|(今晚|今夜|明天|听日|过了今天)(过后|之后|以后)[^不]{0,8}(就|也)?都?(不用|不需要|唔使|用不上)(?!再?(上班|加班|早起|值班|通勤))|(今晚|今夜|今天|明天|听日|过了今天)[^不]{0,10}(就|也)都?(不用|不需要|唔使|用不上)(?!再?(上班|加班|早起|值班|通勤))再?(面对|需要|操心)?了|(跟|和|向)这个世界(说)?(再见|告别|道别|拜拜)|告别这个世界|我不在了(以后|之后)|(如果|要是|等|假如|万一)我不在了|地(结束|了结)(这一切|一切|自己)|(结束|了结)这一切$|我走了(以后|之后).{0,6}(孩子|家人|爸妈|父母|老婆|老公|家里)|我(早就|早|已经)不在了")]
    internal static partial Regex Goodbye();

    /// <summary>Standing at a height (站在天台上, 天台上不想下来).</summary>
    [GeneratedRegex(
        "(站在|坐在|爬上|上了|到了)(天台|楼顶|顶楼|窗台|桥上|桥边|楼边)(?![^ ]{0,4}(晒|晾|修|烟花|拍|吃|玩|等|乘凉))|天台上?站(过|了)|天台.{0,6}不想下来")]
    internal static partial Regex OnTheEdge();

    /// <summary>Acts a reader may also report of someone else ("我哥跳楼走了", "借款人自杀了，家属要还吗").</summary>
    [GeneratedRegex(
        "跳(楼|河|江|海|湖|崖|桥|水库|下去)(?![价机])|卧轨|割(腕|脉|手腕)|上吊|烧炭|(喝|吃)(农药|百草枯|敌敌畏|老鼠药)" +
        "|(想|要|准备|打算|去)喝药|安眠药|(准备|买|备)好?了?(绳子|刀片|木炭|炭)|(绳子|刀片|木炭|炭)(都|也)?(已经)?(买|准备|备)好了" +
        "|交代后事|安排好?(自己的)?后事|走进(海|河|江|湖|水)里?去?|(海|河|江|湖)边.{0,3}走进去|走进去不回来" +
        "|吃(了|下)?(一整瓶|整瓶|一瓶|一把|一盒|好多|很多|所有的?)(的)?药" +
        "|(?<!致人|逼人|导致|导致人)自杀(?![式性]|的人|.{0,3}案)|(想|要|准备|打算)自[刹沙煞纱s]|轻升|(?<![a-z])zs(前|之前|以后|的话)|把.{0,6}药(全|都)?吃(了|掉|下去)|自尽|轻生|紫砂|一死了之|离开(这个世界|人世|人间)|死了?(算了|拉倒|(就|才)能?(解脱|干净|好了|一了百了|不用|没事|轻松))")]
    internal static partial Regex Act();

    /// <summary>
    /// Preparations and methods named without the words for dying: a will or a last letter, the last things done,
    /// the place, the dose. Like <see cref="Act"/> they may be told of someone else.
    /// </summary>
    [GeneratedRegex(
        "遗书|遗言|后事(我)?都?(写|安排|准备|交代)好?(了|在)|遗嘱(我)?都?(写|立|准备)好|(东西|衣服|家当)都?(送人|送掉|分掉)了" +
        "|(写给|留给)(女儿|儿子|孩子|爸妈|父母|老婆|老公|家人|你们)的(信|话)|(app|软件|账号)都?删了.{0,10}(不需要|用不上|不用)" +
        "|(就|要|准备)去(江|河|海|湖)边|(去|到)(顶楼|天台|楼顶)(?!晒|晾)|查好了?.{0,6}(桥|楼顶|天台|顶楼)|闭上眼.{0,4}(走过去|冲过去|跳下去)" +
        "|刀.{0,6}(枕头|手边|床头)|(封上|封死|封好).{0,6}煤气|开煤气.{0,8}(疼|死|不醒|多久)|吞药|吞(了)?(一把|很多|好多|整瓶)" +
        "|(喝|吃|吞)多少(片|瓶|颗)?.{0,3}(才够|能不醒|不会醒|会死|才能死|就不醒)")]
    internal static partial Regex Plan();

    /// <summary>Across a whole message: a place or a dose and what the writer means to do there.</summary>
    [GeneratedRegex("(河|江|海|湖)边.{0,20}(想下去|走下去|跳下去|走进去)|楼(很|好|这么|那么)高.{0,6}(站|跳|上去|下去)|农药.{0,12}(喝多少|才够)" +
        "|(钱|存款|积蓄)都?转给了?(我妈|我爸|爸妈|父母|孩子|女儿|儿子|家人).{0,12}(以后|不用|别)|end掉?自己|想end|^(好想|想|只想|我想)?解脱(了|吧)?$")]
    internal static partial Regex Whole();

    /// <summary>What turns a pill or a knife emoji into a plan: a time, "ready", "no more".</summary>
    [GeneratedRegex("今晚|今夜|明天|准备好|备好|不用(再)?面对|不想活|结束|最后")]
    internal static partial Regex EmojiContext();

    /// <summary>Cannot go on: about the writer, unless a shop or a business is the one that cannot.</summary>
    [GeneratedRegex("(撑|熬|扛|挺|坚持)不(下去|住|过去)|[不唔]想再?(坚持|撑)(了|下去)?|(顶|撑)唔(顺|住|落去)")]
    internal static partial Regex GoingOn();

    /// <summary>Breaking down: about the writer, unless a program is what crashed; "快崩溃了" is not yet.</summary>
    [GeneratedRegex("(?<![快要])崩溃了")]
    internal static partial Regex Breakdown();

    /// <summary>
    /// Said in farewell across a whole message ("对不起家人，我先走了"): a goodbye that needs its apology to read
    /// as one.
    /// </summary>
    [GeneratedRegex("(对不起|原谅我|照顾好|要?好好的|好好(活|生活)|留给(孩子|女儿|儿子|家人|爸妈|你们)).{0,15}先走了?|(决定|准备|要)离开了.{0,15}(谢谢|感谢|再见)|再见.{0,15}不会再?出现|最后一(晚|夜|天)了?.{0,15}(再见|永别|告别|拜拜|别了)")]
    internal static partial Regex Farewell();

    /// <summary>
    /// Across a whole message, a death weighed then chosen: "如果我不在了，债是不是就清了？我已经决定了", "与其被催死，
    /// 不如自己先走". The everyday 死 of 打死, 吓死 and the like is not a death weighed.
    /// </summary>
    [GeneratedRegex("(" + EverydayDeathExcluded + "(了|后)|我不在了|人没了).{0,20}我(已经|都)?(打算|决定|准备)好?(了|这么做|这样做)" +
        "|" + EverydayDeathExcluded + "[^不]{0,6}不如(自己|我)?先走")]
    internal static partial Regex Decided();

    /// <summary>死, but not the everyday 死 of 打死, 吓死, 笑死, 累死, 穷死, 拼死 and the like.</summary>
    private const string EverydayDeathExcluded = "(?<![打吓笑累气烦急饿热穷困半拼])死";

    /// <summary>
    /// A clause that reports someone else's words: a collector, the platform or "they" said, threatened, cursed or
    /// told the reader to. Not when the reader is the one speaking to them ("我跟催收说…").
    /// </summary>
    [GeneratedRegex("(?<![跟和对向给])(催收|催债|要债|讨债|追债|对方|他们|那帮人|那些人|那人|客服|平台|那边|打电话的)(的人|员)?[^我]{0,4}(说|讲|扬言|威胁|骂|喊|吼|咒|诅咒|叫嚣|放话|发消息|发短信|留言|让我去|叫我去)")]
    internal static partial Regex ReportedSpeech();

    /// <summary>The writer saying they are not thinking of it ("我不会想不开的", "我没有轻生的念头").</summary>
    [GeneratedRegex("(不|不会|没有|没|并没有?|从来没有?|从没有?|从不|绝不会?|不是)(想过?|打算|要)?$")]
    internal static partial Regex Negated();

    /// <summary>"一了百了" of settling a debt in one go ("一次还清，一了百了").</summary>
    [GeneratedRegex("(还清|结清|还完|一次性|一次还|还掉|处理掉)[^ ]{0,3}$")]
    internal static partial Regex Settled();

    /// <summary>A way out of a debt the writer asks for right after "想解脱" (a method to die is no remedy).</summary>
    [GeneratedRegex("债务重组|重组|协商|分期|停催|延期|上岸|减免|个人破产|还款计划")]
    internal static partial Regex DebtRemedy();

    /// <summary>Words in letters, matched with spaces removed: English, and pinyin typed without the input method.</summary>
    internal static readonly string[] Latin =
    [
        "suicid", "killmyself", "wanttodie", "wannadie", "endmylife", "enditall", "dontwanttolive", "notwanttolive",
        "zisha", "xiangsi", "buxianghuo", "huobuxiaqu", "chengbuxiaqu", "qingsheng", "tiaolou", "yiliaobailiao",
        "bxhl", "silesuanle", "kms", "unalive", "endittonight", "enditnow", "endeverything", "endmyself", "nobodywillmissme", "noonewillmissme", "goodbyeeveryone", "goodbyeworld", "byeworld", "wanttodisappear", "cantdothisanymore", "cannotdothisanymore",
        "noreasontolive", "cantgoon", "dontwanttobehere", "wanttobedead", "betteroffdead", "takemylife", "hangmyself", "overdose",
    ];

    /// <summary>
    /// Words of a strain that is not (yet) a crisis, as normalised text has them (繁體 folded): stress that keeps one
    /// awake, being at the end of one's strength, fear and despair. <see cref="CrisisDetector.Strain"/> offers the
    /// support line for them.
    /// </summary>
    internal static readonly string[] Strain =
    [
        "压力大", "压力太大", "压力好大", "压力很大", "压力特别大", "压力山大", "压得我", "喘不过气", "焦虑", "抑郁", "崩溃", "失眠",
        "睡不着", "整夜", "想哭", "哭了", "绝望", "撑不住", "扛不住", "熬不住", "熬不下去", "受不了了", "快疯了", "要疯了", "心累",
        "好累", "太累了", "累死了", "没希望", "看不到希望", "走投无路", "无路可走", "没有办法了", "没办法了", "害怕得", "吓得", "心慌",
        "手抖", "不知道怎么活", "怎么活", "活着好难", "没意思", "好难受", "很难受", "痛苦",
    ];

    /// <summary>"崩溃了" about an app or a website is about a program.</summary>
    internal static readonly string[] Programs = ["系统", "app", "软件", "网站", "手机", "页面", "电脑", "服务器"];

    /// <summary>"撑不下去" about a shop or a business is about money, not about the writer's life.</summary>
    internal static readonly string[] Businesses = ["生意", "店", "公司", "厂", "企业", "项目", "买卖", "工作室"];

    /// <summary>People other than the writer who may be the one an act is told of.</summary>
    internal static readonly string[] Others =
    [
        "他", "她", "哥", "姐", "弟", "妹", "爸", "妈", "父亲", "母亲", "丈夫", "老公", "老婆", "妻子", "儿子", "女儿",
        "朋友", "同事", "同学", "借款人", "家人", "亲戚", "邻居", "别人", "有人", "网友", "新闻", "奶奶", "爷爷",
        "主角", "电影", "剧里", "小说", "有个", "女的", "男的",
        // The rest of the family ("我舅舅去年跳河走了"): the uncles, aunts and in-laws a reader tells of.
        "舅", "叔", "伯", "姑", "姨", "婶", "嫂", "侄", "外公", "外婆", "姥", "岳父", "岳母", "公公", "婆婆",
    ];

    /// <summary>The message tells of a time that has passed ("后来协商成功了", "现在好了"): a cue said of then is not said of now.</summary>
    internal static readonly string[] Recovered = ["后来", "现在好了", "现在好多了", "现在慢慢", "走出来", "挺过来", "熬过来", "挺过去了", "熬过去了"];

    /// <summary>What marks a clause as told of the past ("以前想过轻生", "那段时间我撑不下去").</summary>
    internal static readonly string[] Then = ["以前", "曾经", "那段时间", "那时候", "那时", "当时", "之前", "过去"];

    /// <summary>A debt paid off: then an ending or a relief is about the debt ("终于解脱了，网贷全部还清").</summary>
    internal static readonly string[] PaidOff = ["还完了", "还清了", "结清了", "上岸了", "还完最后", "还清最后", "全部还清", "还清所有", "都还清", "地还清"];

    /// <summary>True when a cue at <paramref name="at"/> of <paramref name="clause"/> is told of a past the message says is over.</summary>
    internal static bool ToldOfThePast(string clause, int at, int end, bool recovered) =>
        recovered && (Then.Any(w => clause.AsSpan(0, at).Contains(w, StringComparison.Ordinal)) || (end < clause.Length && clause[end] == '过'));

    /// <summary>An intention right before an act makes it a warning even when told of someone else ("他想自杀").</summary>
    internal static readonly string[] Intent = ["想", "要", "准备", "打算", "差点", "去"];

    /// <summary>Words that hold an <see cref="Intent"/> character without meaning one: 去 of 去年 and 去世 ("我哥去年跳河走了").</summary>
    internal static readonly string[] NotIntent = ["去年", "去世"];

    /// <summary>True when <paramref name="near"/> (the words right before an act) states an intention.</summary>
    internal static bool Intends(string near)
    {
        foreach (var word in NotIntent)
        {
            near = near.Replace(word, "", StringComparison.Ordinal);
        }

        return Intent.Any(w => near.Contains(w, StringComparison.Ordinal));
    }
}
