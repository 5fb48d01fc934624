using System.Text.RegularExpressions;

namespace DebtHelp.Web.Search;

/// <summary>
/// What the rules of <see cref="CrisisDetector"/> exclude, read across a whole message, so that the learned second
/// reader (<see cref="CrisisModel"/>), which sees only words, does not flag it: a debt paid off ("终于解脱了，网贷全部
/// 还清"), a despair the message says is over ("以前想过轻生，现在好了"), a collector's threat the reader reports
/// ("催收说要弄死我"), the writer saying they are not thinking of it ("我不会想不开的"), a death told of someone else
/// ("我哥跳楼走了"), and the everyday 死 (吓死了, 烦死了, 死机). The rules still read such a message; only the model's
/// guess is set aside.
/// </summary>
internal static partial class CrisisModelVeto
{
    public static bool Applies(string[] clauses)
    {
        var compact = string.Concat(clauses);
        return CrisisSigns.PaidOff.Any(w => compact.Contains(w, StringComparison.Ordinal))
            || CrisisSigns.Recovered.Any(w => compact.Contains(w, StringComparison.Ordinal))
            || Array.Exists(clauses, c => CrisisSigns.ReportedSpeech().IsMatch(c))
            || NotThinkingOfIt().IsMatch(compact)
            || SomeoneElsesDeath().IsMatch(compact)
            || (compact.Contains('死', StringComparison.Ordinal) && !AnyOtherDeath().IsMatch(compact));
    }

    [GeneratedRegex("(不会|没有|没|不是|从没有?|从来没有?|绝不会?|并不|并没有?)(想过?|打算|要|去)?(想不开|做傻事|傻事|轻生|自杀|寻死|想死|去死|伤害自己|跳楼|结束)")]
    private static partial Regex NotThinkingOfIt();

    /// <summary>Someone other than the writer named right before a death ("我哥跳楼走了", "借款人去世了").</summary>
    [GeneratedRegex("(他|她|哥|姐|弟|妹|爸|妈|父亲|母亲|丈夫|老公|老婆|妻子|儿子|女儿|朋友|同事|同学|借款人|家人|亲戚|邻居|别人|有人|网友|奶奶|爷爷|主角|债务人|死者)[^我]{0,6}(死|去世|过世|走了|自杀|跳楼|没了|离世|轻生|遗产)")]
    private static partial Regex SomeoneElsesDeath();

    /// <summary>A 死 that is not the everyday one: not 吓死, 烦死, 累死, 死机, 死循环, 死活, 死定了 and the like.</summary>
    [GeneratedRegex("(?<![打吓笑累气烦急饿热穷困半拼忙冷闷愁憋困丑])死(?![机循活定缠皮心磕扛撑账亡率])")]
    private static partial Regex AnyOtherDeath();
}
