using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace DebtHelp.Web.Search;

/// <summary>
/// Weak signals that are structures rather than words, for <see cref="CrisisScore"/>: each pattern is a slot of one
/// kind (a keepsake, a relative, a high place or water, a length of time) joined to a verb of another (given away,
/// handed to, stood there for), so that it takes the sentences nobody listed: "猫送给同事了", "银行卡密码写给我妹了",
/// "在河边站了两个小时", "想直接往护栏上撞", "我走了他们至少不用再还", "最好永远别醒". Each is read like a cue of
/// <see cref="CrisisLexicon"/> (negation, someone else's words or person, a debt that ends) and weighed by family.
/// </summary>
internal static partial class CrisisShapes
{
    /// <summary>The people a writer leaves things to, or worries about leaving.</summary>
    private const string Kin = "(爸妈|父母|我妈|我爸|妈妈|爸爸|女儿|儿子|孩子|家人|家里人?|老婆|老公|你们|我妹|我弟|我哥|我姐|妹妹|弟弟|他们|他|她)";

    /// <summary>What people give away before they go: pets, clothes, their things, their savings.</summary>
    private const string Keepsake = "(猫|狗|宠物|衣服|东西|书|电脑|游戏机|家当|首饰|存款|积蓄)";

    /// <summary>A high place, water or a track (the side of a river, not 海 of 海南).</summary>
    private const string Edge = "((江|河|海|湖)边|桥上|桥边|桥头|大桥|天台|楼顶|顶楼|站台|铁轨|窗台|窗边|阳台)";

    /// <summary>What makes a long stay by the water an outing: waiting for someone, fishing, photos, a walk, the sun.</summary>
    private const string Outing = "(?![^ ]*(等|钓|拍|散步|跑步|玩|风景|晒|乘凉|吃饭|聊天|约))";

    /// <summary>A long stay: "很久", "一下午", "两个小时".</summary>
    private const string Long = "(很久|好久|半天|一整?(个)?(小时|下午|上午|晚上|晚|夜|天)|[两三四五六七八九十几]个多?(小时|钟头))";

    /// <summary>What the writer's being gone would mean: the writer dead or not here.</summary>
    private const string Gone = "(死|不在)了";

    /// <summary>
    /// Arrangements for after one is gone: things given away, keys and passwords handed over, a changed
    /// beneficiary, a letter left where it will be found, records wiped, a child entrusted, debts listed. The
    /// relatives they name are the ones left things, not the ones who act.
    /// </summary>
    [GeneratedRegex(Keepsake + "[^ ]{0,4}(都|也)?(送给|送人|送掉|送走|捐了|捐掉|捐给|分给|分掉|托付给|留给)")]
    private static partial Regex GivenAway();

    [GeneratedRegex("(密码|钥匙|银行卡|存折)[^ ]{0,8}(写给|交给|留给)|密码(就)?是(?!不是)|受益人[^ ]{0,6}(改成|改为|改了?做|写成|换成|填成?)")]
    private static partial Regex HandedOver();

    [GeneratedRegex("(照片|聊天记录|日记|相册)[^ ]{0,4}(都|也)?(删|清)(干净|光|掉|除|空)")]
    private static partial Regex Wiped();

    [GeneratedRegex("(给|写给|留给)[^ ]{0,2}" + Kin + "[^ ]{0,3}(写|留)(了|好)?(一)?封?(信|几句话)|写好(了)?(一封)?信|信[^ ]{0,4}(放在|夹在|藏在|压在)")]
    private static partial Regex LetterLeft();

    [GeneratedRegex("(孩子|女儿|儿子|猫|狗|爸妈|我妈|家里)就?(交给|托付给|拜托给?)(你|你们|他|她)|给(我妈|我爸|爸妈|父母|家里|孩子|女儿|儿子|老婆|老公)转了|欠[^ ]{0,2}谁[^ ]{0,2}多少[^ ]{0,6}(列|写|记)")]
    private static partial Regex Entrusted();

    /// <summary>A death weighed as a condition ("要是我明天出车祸死了", "我要是不在了").</summary>
    [GeneratedRegex("(要是|如果|假如|万一|等到?)我(明天|今天|今晚|哪天|真的|突然|就)?(出车祸|出了?意外)?" + Gone)]
    private static partial Regex GoneIf();

    [GeneratedRegex("我(要是|如果|假如|万一)(明天|哪天|真的|突然)?" + Gone)]
    private static partial Regex IfIWere();

    /// <summary>Going quietly: "慢慢走掉", "就让我安静地走吧".</summary>
    [GeneratedRegex("(慢慢|这样)地?(走掉|消失掉)|(就?让我)?(安静|悄悄|静静|安安静静)地?(走|离开|消失)(吧|了|掉)?(?![^ ])")]
    private static partial Regex Quietly();

    /// <summary>The manner, means or time of going decided: "想好怎么走了", "我是怎么走的", "死的办法都想好了".</summary>
    [GeneratedRegex("想好(了)?怎么(走|死|离开|结束)|我是?怎么(走|死)的|(死|自杀|走|离开|结束)的(办法|方法|方式|地方|时间|日子)[^ ]{0,4}(都|也)?(想好|找好|选好|定好|查好)")]
    private static partial Regex HowDecided();

    /// <summary>Not living as the better choice, a will or a portrait readied: "还不如不活", "遗照选好了".</summary>
    [GeneratedRegex("不如不(活|在了)|(遗照|遗嘱|寿衣|墓地)[^ ]{0,4}(选好|写好|立好|准备好|买好|定好|挑好)|(写好|立好|选好|准备好|买好|挑好)了?(遗照|遗嘱|寿衣|墓地)")]
    private static partial Regex Readied();

    /// <summary>Leaving said softly, which needs another signal: "我准备走了", "不想被任何人找到", "消失就好了".</summary>
    [GeneratedRegex("(准备|打算|决定|该|要)要?走了?(?![^ ])|不想被[^ ]{0,3}(任何人|人|别人|家人|谁|他们)(找到|发现)|消失(就好了?|算了|最好|就行了?|多好)(?![^ ])")]
    private static partial Regex Leaving();

    /// <summary>What the writer's going would do for the others: "我走了他们至少不用再还", living as harming them.</summary>
    [GeneratedRegex("我(走|死|不在)了[^ ]{0,4}" + Kin + "[^ ]{0,6}(还能|就能|至少|就不用|不用再?|能拿|就轻松|会好|会更好|就解脱|(都|也|就)有钱)" +
        "|活着(就是|只会|只是|也是)?在?(害|拖累|连累|折磨)(他|她|家|爸|妈|孩子|大家)")]
    private static partial Regex ForTheOthers();

    /// <summary>
    /// Sparing the others, told without the act: "不想他们替我还", "人不在了", "唯一能为他们做的"; and who will look
    /// after the ones left ("我女儿谁来管"). The people these name are the ones spared, not the ones who act.
    /// </summary>
    [GeneratedRegex("不(想|用|要)让?" + Kin + "(替|帮)我还|(?<![款])人不在了|(唯一|最后)(能|可以)(为|给|替)[^ ]{0,4}做的" +
        "|(给|替)(家里|家人|孩子|爸妈|父母)留(点|些|一笔|个)?(钱|干净)")]
    private static partial Regex Sparing();

    [GeneratedRegex("谁来?(管|照顾|带|养|照看)|(孩子|女儿|儿子)还小")]
    private static partial Regex Dependants();

    /// <summary>Wishing not to wake: "最好永远别醒", "再也别醒了", "醒不过来就好了", "如果明天我没醒来".</summary>
    [GeneratedRegex("(再也|永远|最好|就|永久)(别|不要|不用|不会|不)再?醒|(如果|要是|万一|假如)[^ ]{0,4}(没有?|不再?)醒(来|过来)(?![^ ])|醒不(过)?来(就好|也好|多好|该多好|算了|最好)")]
    private static partial Regex NoWaking();

    /// <summary>The only way out, and hopelessness stated as final: "只剩那一条路", "只有我死了", "真的没路了", "我完了".</summary>
    [GeneratedRegex("只(剩|有|剩下)下?(那|最后|这)?一条路|只有我?(死|不在了)(?!的人)")]
    private static partial Regex OnlyWay();

    [GeneratedRegex("没有?路了(?![^ ])|(?<![a-z])我(彻底|真的|这辈子|这次)?完了(?![^ ])")]
    private static partial Regex Final();

    /// <summary>After a time nothing matters: "过了今晚也无所谓了".</summary>
    [GeneratedRegex("(过了今晚|今晚过后|今晚之后|过了今天)[^ ]{0,4}(也|都|就)(无所谓|不重要)")]
    private static partial Regex AfterTonight();

    /// <summary>A move towards a drop or a hit: "想直接往护栏上撞", "想往前走一步" (at a platform), "想跳"; pills hoarded; insurance meant for the debts.</summary>
    [GeneratedRegex("想[^ ]{0,4}(往|朝)[^ ]{0,6}(撞|跳)|想[^ ]{0,6}(冲进|开进|跳进|走进|扎进|撞向|冲向)[^ ]{0,4}(江|河|海|湖|水|车流|墙)" +
        "|(手上|手腕|胳膊|腿上)[^ ]{0,3}(划|割)了")]
    private static partial Regex Towards();

    [GeneratedRegex("想[^ ]{0,4}往(前|下|外)(走|迈|冲)|想跳(下去)?了?(?![^ ])|(存|攒|囤|藏)了?[^ ]{0,6}的?药" +
        "|(保险|意外险|赔的钱)[^ ]{0,12}(还清|还债|还网贷|给家里|留给|帮家里)")]
    private static partial Regex Reaching();

    /// <summary>A way asked for that does not hurt: "哪种药吃了不会痛苦", "什么方式不疼".</summary>
    [GeneratedRegex("(哪种|什么|哪个|哪样)(药|方法|方式|办法|死法)[^ ]{0,6}(不会?痛苦|没有?痛苦|不难受|(?<=(方法|方式|死法)[^ ]{0,6})不(会)?(疼|痛))")]
    private static partial Regex Painless();

    /// <summary>An accident weighed as a condition, and insurance that pays: "要是我出了意外", "保险…才赔".</summary>
    [GeneratedRegex("(要是|如果|假如|万一)我?(出了?|发生)(意外|车祸)")]
    private static partial Regex Accident();

    [GeneratedRegex("(保险|意外险|寿险)[^ ]{0,10}(赔|理赔|赔付)")]
    private static partial Regex Payout();

    /// <summary>The pills taken, the heights looked up, looking down: "药我已经吃下去了", "查哪座楼最高", "往下看…不是很高".</summary>
    [GeneratedRegex("药[^ ]{0,6}(吃下去|吞下去|全吃了|都吃了|全吞了|都吞了)")]
    private static partial Regex Taken();

    [GeneratedRegex("(哪座|哪栋|哪里的|哪个)(楼|桥)[^ ]{0,3}(最高|够高)")]
    private static partial Regex Heights();

    [GeneratedRegex("往下(看|望)|看(着)?下面")]
    private static partial Regex LookingDown();

    [GeneratedRegex("(也)?不(是|算)很?高|够高")]
    private static partial Regex HighEnough();

    /// <summary>The calm that can follow a decision: "现在心里反而很平静".</summary>
    [GeneratedRegex("(反而|突然|忽然)(很|特别|格外|变得)?(平静|踏实|释然)")]
    private static partial Regex Calm();

    /// <summary>Soon, and no more coming back or being with them: "再过一会儿", "我不会回来了", "以后不能陪你们了", "别为我难过".</summary>
    [GeneratedRegex("(再过|等)(一会儿?|几分钟|几个小时|半小时|半个小时)")]
    private static partial Regex Soon();

    [GeneratedRegex("(不会|不再|再也不)会?回来了?(?![^ ])|(以后|再也)不能再?陪" + Kin + "了(?![^ ])|(别|不要|不用|不必)再?(为|替)我(操心|担心|难过|伤心|哭)")]
    private static partial Regex NoMore();

    /// <summary>Wishing never to have been, no place in the world: "要是当初没出生就好了", "这个世界没有我的位置".</summary>
    [GeneratedRegex("(要是|如果|希望|但愿)(当初|从来)?(没|没有|不曾)(出生|生下来|来到这个世界)|不该(出生|来到这个世界)" +
        "|(世界|世上|人间)[^ ]{0,4}没有?(我的)?(位置|容身之处|立足之地)")]
    private static partial Regex NeverBorn();

    /// <summary>Last words to the ones left, a place picked, no then: "以后要听爸爸的话", "选了一个没人的地方", "就没有然后了".</summary>
    [GeneratedRegex("(以后|今后)要?(好好)?听(爸爸|妈妈|奶奶|爷爷|外婆|外公)的话|(没办法|不能|没法)再?陪(着|你们|你|他们|孩子)|(别|不用|不要)再?联系我" +
        "|(以后|今后)?要?好好照顾(自己|妈妈|爸爸|孩子)")]
    private static partial Regex LastWords();

    [GeneratedRegex("(选|找)好?了?(一个)?没(有)?人的地方|单程票")]
    private static partial Regex PlacePicked();

    [GeneratedRegex("就?没有然后了")]
    private static partial Regex NoThen();

    /// <summary>Things sorted out for others to take: "东西都整理好打包了", "谁要就拿走", "钥匙也还了", "钥匙放在门口".</summary>
    [GeneratedRegex("(东西|遗物|物品)[^ ]{0,4}(整理好|收拾好|打包)|谁要就?(拿走|拿去|带走)|钥匙[^ ]{0,6}(还了|交了|留下|放在)")]
    private static partial Regex SortedOut();

    /// <summary>How much is enough: "药我数过了，应该够".</summary>
    [GeneratedRegex("药[^ ]{0,6}(数过|数了|够了|应该够|够不够)")]
    private static partial Regex Counted();

    /// <summary>A long stay by water or a height, or being there now: "在河边站了两个小时", "我现在就坐在江边".</summary>
    [GeneratedRegex("(?<![^ ]*(等|钓|拍|散步|跑步|玩|约)[^ ]*)(" + Edge + "[^ ]{0,3}(站|坐|待|蹲|看|望)了" + Long + "|(站|坐|待|蹲)在" + Edge + "了?" + Long +
        "|(现在|此刻|正)就?(站|坐|蹲|待)?在" + Edge + ")" + Outing)]
    private static partial Regex Lingering();

    /// <summary>The writer's long stay told without the place ("我在这里站了很久"; not "那个人在门口站了一下午"), a place to be alone.</summary>
    [GeneratedRegex("(?<![^ ]*(等|钓|拍|散步|跑步|玩|约|人|他|她)[^ ]*)(我(?![家的])|在这里|在这儿)[^ ]{0,6}(站|坐|待)了" + Long + "了?(?![^ ])")]
    private static partial Regex LongStay();

    [GeneratedRegex("站台|护栏|(酒店|宾馆|旅馆)[^ ]{0,3}开了?一?间?房")]
    private static partial Regex Apart();

    /// <summary>Waiting for the moment: "就等周末家里没人的时候".</summary>
    [GeneratedRegex("就等[^ ]{0,8}(没人|一个人|的时候|机会)")]
    private static partial Regex Waiting();

    /// <summary>A goodbye to everyone, last words, nothing left to hold: "再见了各位", "最后几句话", "没什么牵挂了".</summary>
    [GeneratedRegex("再见了?(各位|大家|所有人|朋友们|世界)(?![^ ])|(对不起|谢谢)所有人|最后(几|一)句话")]
    private static partial Regex Farewell();

    [GeneratedRegex("没(什么|有)?(牵挂|挂念|留恋|遗憾)了?(?![^ ])")]
    private static partial Regex Unattached();

    /// <summary>
    /// Every shape with the cue it counts as and its keys: characters one of which any match contains (or two groups
    /// of them, "A&amp;B", one of each). A message is
    /// read once for the keys it has (<see cref="Present"/>), and a shape none of whose keys it has is not run: the
    /// leading alternations of common characters (我, 不, 要, 这) would otherwise try most positions of most messages.
    /// </summary>
    internal static readonly (Regex Pattern, CrisisCue Cue, string Keys)[] All =
    [
        (GivenAway(), Cue(CrisisConcept.Arrangement, 2, othersNamed: true), "猫狗宠衣东书电游家首存积&送捐分托留"),
        (HandedOver(), Cue(CrisisConcept.Arrangement, 2, othersNamed: true), "密钥银折受&写交留改换填是"),
        (Wiped(), Cue(CrisisConcept.Arrangement, 2, othersNamed: true), "照聊日相&删清"),
        (LetterLeft(), Cue(CrisisConcept.Arrangement, 2, othersNamed: true), "信句&写留好放夹藏压"),
        (Entrusted(), Cue(CrisisConcept.Arrangement, 2, othersNamed: true), "交托拜谁转&你他她欠妈爸父家孩女儿婆公"),
        (GoneIf(), Cue(CrisisConcept.Ending, 3), "如万假要等&死在"), (IfIWere(), Cue(CrisisConcept.Ending, 3), "如万假要&死在"),
        (Quietly(), Cue(CrisisConcept.Ending, 3), "慢样静悄&走消离"), (HowDecided(), Cue(CrisisConcept.Ending, 3), "怎办法方地时日&走死离结"),
        (Readied(), Cue(CrisisConcept.Ending, 3), "如遗寿墓&活在好"),
        (Leaving(), Cue(CrisisConcept.Ending, 2), "走被消"),
        (ForTheOthers(), Cue(CrisisConcept.Burden, 3), "走死在活&我害拖连折"),
        (Sparing(), Cue(CrisisConcept.Burden, 2, othersNamed: true), "替帮在做留"),
        (Dependants(), Cue(CrisisConcept.Burden, 1, othersNamed: true), "谁小"),
        (NoWaking(), Cue(CrisisConcept.Sleep, 3), "醒"),
        (OnlyWay(), Cue(CrisisConcept.NoWayOut, 3), "只&路死在"),
        (Final(), Cue(CrisisConcept.NoWayOut, 2), "路完"),
        (AfterTonight(), Cue(CrisisConcept.Time, 3), "谓重"),
        (Towards(), Cue(CrisisConcept.Means, 3), "撞跳进向划割"),
        (Reaching(), Cue(CrisisConcept.Means, 2), "往跳药险赔"),
        (Painless(), Cue(CrisisConcept.Dose, 3), "痛疼受"),
        (Accident(), Cue(CrisisConcept.Death, 2), "意祸"),
        (Payout(), Cue(CrisisConcept.Means, 1), "赔"),
        (Counted(), Cue(CrisisConcept.Dose, 2), "药"),
        (Lingering(), Cue(CrisisConcept.Place, 3), "边桥台顶轨"),
        (LongStay(), Cue(CrisisConcept.Time, 2), "站坐待"),
        (Apart(), Cue(CrisisConcept.Place, 1), "台栏房"),
        (Waiting(), Cue(CrisisConcept.Resolve, 2), "等"),
        (Taken(), Cue(CrisisConcept.Means, 2), "药"), (Heights(), Cue(CrisisConcept.Place, 3), "楼桥&高"),
        (LookingDown(), Cue(CrisisConcept.Means, 1), "下"), (HighEnough(), Cue(CrisisConcept.Dose, 1), "高"),
        (Calm(), Cue(CrisisConcept.Resolve, 2), "静实然"), (Soon(), Cue(CrisisConcept.Time, 2), "过等&会分时小"),
        (NoMore(), Cue(CrisisConcept.Farewell, 2), "回陪为替"),
        (NeverBorn(), Cue(CrisisConcept.Living, 3), "生世该&出生来位容立"), (LastWords(), Cue(CrisisConcept.Farewell, 2), "话陪联照"),
        (PlacePicked(), Cue(CrisisConcept.Place, 2), "没单&人程"), (NoThen(), Cue(CrisisConcept.Ending, 2), "然"),
        (SortedOut(), Cue(CrisisConcept.Arrangement, 2, othersNamed: true), "整收打谁钥&理拾包拿带匙"),
        (Farewell(), Cue(CrisisConcept.Farewell, 2), "见所句"),
        (Unattached(), Cue(CrisisConcept.Living, 2), "挂恋憾"),
    ];

    private static CrisisCue Cue(CrisisConcept concept, int weight, bool othersNamed = false) =>
        new("", "", "", "", false, concept, weight, [], othersNamed);

    /// <summary>
    /// For each key character, the groups (two bits a shape: its first group of keys and, after "&amp;", its second)
    /// it belongs to. 128 bits hold 64 shapes; a 64-bit mask used to wrap round after 32 (a shift counts modulo 64),
    /// so the later shapes shared bits with the first ones and ran on their keys too.
    /// </summary>
    private static readonly FrozenDictionary<char, UInt128> KeyGroups = All
        .SelectMany((shape, i) => shape.Keys.Split('&').SelectMany((group, g) => group.Select(key => (key, bit: UInt128.One << ((2 * i) + g)))))
        .GroupBy(k => k.key)
        .ToFrozenDictionary(g => g.Key, g => g.Aggregate(UInt128.Zero, (mask, k) => mask | k.bit));

    /// <summary>The groups each shape needs: one character of each must be in the message for it to be run.</summary>
    internal static readonly UInt128[] Needs = [.. All.Select((shape, i) => (shape.Keys.Contains('&') ? (UInt128)3 : UInt128.One) << (2 * i))];

    /// <summary>How many shapes the masks can tell apart.</summary>
    internal const int MaxShapes = 64;

    /// <summary>Every key character, to skip to the next one at vector speed.</summary>
    private static readonly SearchValues<char> AnyKey = SearchValues.Create(string.Concat(All.Select(shape => shape.Keys.Replace("&", "", StringComparison.Ordinal))));

    /// <summary>The groups of keys (as in <see cref="Needs"/>) the text has.</summary>
    internal static UInt128 Present(ReadOnlySpan<char> text)
    {
        var mask = UInt128.Zero;
        for (var at = text.IndexOfAny(AnyKey); at >= 0; at = text.IndexOfAny(AnyKey))
        {
            mask |= KeyGroups[text[at]];
            text = text[(at + 1)..];
        }

        return mask;
    }
}
