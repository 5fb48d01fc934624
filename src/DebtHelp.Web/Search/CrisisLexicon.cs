using System.Collections.Frozen;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>
/// The words <see cref="CrisisScore"/> weighs, by family (<see cref="CrisisConcept"/>) and weight: 3 is enough on its
/// own, 2 needs one more family, 1 needs two more. A word ending in <c>$</c> counts only at the end of its clause
/// (before a particle at most), where nothing follows to make it about a debt ("想结束" against "想结束分期").
/// The words are concepts, not sentences: each is a few characters that people write in many sentences.
/// </summary>
internal static class CrisisLexicon
{
    /// <summary>What a message must weigh to raise the flag: one strong cue, or weaker ones from two or three families.</summary>
    public const int Threshold = 3;

    /// <summary>Cues of at least this many characters and weight may be matched with one character swapped for a homophone.</summary>
    private const int SoundMinLength = 3;

    private const int SoundMinWeight = 2;

    /// <summary>How many characters (an adverb: 真, 实在, 也) may come between a cue's two parts.</summary>
    public const int Gap = 3;

    private static readonly (CrisisConcept Concept, int Weight, string[] Words)[] Groups =
    [
        (CrisisConcept.Living, 3,
        [
            "不想活>在期动", "不想再活>在期动", "活不下去", "不想存在", "不想再存在", "不想活着", "活够了", "活腻", "生无可恋", "生不如死",
            "活着~没意思", "活着~没有意思", "活着~没意义", "活着~没有意义", "活着~累", "活着~难", "活着~痛苦", "活着~辛苦",
            "活得~累", "活得~痛苦", "活得~辛苦", "活着干嘛", "活着干什么", "活着干啥", "活着~有什么用", "活着~有啥用",
            "活着~有什么意思", "活着~有什么意义", "为什么要活着", "为什么还活着", "还活着干", "不配活", "没脸~活", "没有脸~活",
            "没有勇气~活", "没勇气~活", "没有理由~活", "没法活>动跃", "了无牵挂", "没什么可留恋", "没有什么可留恋", "没什么好留恋",
            "不值得留恋", "没有留恋", "人生~没有意义", "人生~毫无意义", "不想撑了", "不想撑$", "不想再撑", "不想再熬", "不想再坚持",
            "不想活下去", "不想继续活", "活不起了$", "不想生存", "唔想生存", "想生存$", "活着没意思", "活着好累", "活不成了", "不打算活", "不想活到",
        ]),
        (CrisisConcept.Living, 2, ["活不到", "没有任何意义", "毫无意义", "没有意义了", "没意义了", "没有意思了", "没意思了", "人间不值得", "世界不值得"]),
        (CrisisConcept.Living, 1, ["活着", "活下去", "这辈子", "这一生", "人生", "这一世"]),
        (CrisisConcept.NoWayOut, 3,
        [
            "走投无路", "无路可走", "没路可走", "没有活路", "没活路", "死路一条", "山穷水尽", "绝路>逢", "撑不下去$", "撑不住$",
            "撑不了了$", "撑不动了$", "熬不下去$", "熬不住$", "扛不住了$", "扛不动了$", "坚持不下去$", "坚持不住了$", "坚持不了了$", "活路~没有", "活路~没了", "看不到明天", "熬不到~了$",
        ]),
        (CrisisConcept.NoWayOut, 2,
        [
            "绝望", "没有出路", "没出路", "没有退路", "没退路", "没有~希望", "没希望", "看不到~希望", "看不到~未来", "没有未来",
            "毫无希望", "撑不下去", "撑不住", "撑不了了", "撑不动", "熬不下去", "熬不住", "熬不过", "扛不住", "扛不下去",
            "扛不动", "坚持不下去", "坚持不住", "坚持不了了", "顶不住", "挺不过", "想放弃了", "放弃自己", "放弃生命", "到头了$",
            "人生完了", "一切都完了", "全完了", "这辈子完了", "没法过", "过不下去", "日子过不",
        ]),
        (CrisisConcept.NoWayOut, 1,
        [
            "受不了了", "受够了", "崩溃", "到极限", "极限了", "累了", "好累", "太累", "心累", "好痛苦", "太痛苦", "很痛苦",
            "没力气", "好辛苦", "没救了", "毁了", "废物", "没用", "失败", "撑着", "熬着", "坚持", "控制不住", "没有勇气", "没勇气", "不在乎了", "补不动",
        ]),
        (CrisisConcept.Death, 2, ["嗝屁", "翘辫子", "见阎王"]),
        (CrisisConcept.Death, 1, ["人没了", "打吓笑累气烦急饿热穷困半拼忙怕坑卡<死了", "打吓笑累气烦急饿热穷困半拼忙怕坑卡<死掉"]),
        (CrisisConcept.Ending, 3,
        [
            "结束这一切", "结束一切", "结束自己", "结束生命", "结束我的生命", "了结自己", "了结此生", "了断", "自我毁灭", "毁灭自己",
            "从这个世界消失", "从这世界消失", "从世界上消失", "从这个世界上消失", "离开这个世界", "离开这世界", "离开人世", "离开人间",
            "做傻事", "干傻事", "寻短见", "自寻短见", "轻生", "人<自杀>式性", "自尽", "一死了之", "死了算了", "死了就好", "死了干净",
            "不如死", "想去死", "想死>你您他她它", "求死", "早点死", "我死了", "想消失$", "让自己消失", "永远消失", "想怎么死", "怎么死>的",
            "紫砂>壶", "想不开", "轻生的念头", "轻生的想法", "自杀的念头", "自杀的想法", "不如一了百了", "想一了百了", "一了百了算了", "用命~还", "拿命~还", "自己先走", "先走一步", "想自杀", "想了结自己", "嗝屁算了", "想s$", "想4$", "想4了$", "去见阎王", "打吓笑累气烦急饿热穷困半拼忙怕坑卡<死了算$",
        ]),
        (CrisisConcept.Ending, 2,
        [
            "想结束$", "想了结$", "要结束了$", "该结束了", "结束吧$", "就结束$", "一了百了", "解脱", "想走了$", "先走了", "先走$",
            "不回来了", "彻底消失", "去死", "我走了以后", "我走了之后", "不想下来", "不下来了", "决定离开", "不会出现了", "我走了$", "zs", "随我去", "随我而去", "才能结束", "静静地走", "悄悄地走", "安静地走", "安静地离开", "悄悄离开", "不会再出现", "不会再下来", "哪里结束", "我出事", "我要是出事", "要是我出事", "如果我出事",
        ]),
        (CrisisConcept.Ending, 1, ["结束", "了结", "消失", "离开", "走了$", "傻事", "放弃", "出事"]),
        (CrisisConcept.Sleep, 3,
        [
            "一睡不醒", "一觉不醒", "永远睡", "长眠", "永远休息", "不想睁开眼", "不想睁眼", "再也不睁", "不想再醒", "不用再醒", "不要再醒",
            "再也不醒", "醒不过来", "就不醒", "不醒了", "睡过去~不醒", "睡着~不醒", "睡了~不醒", "睡下去~不醒", "一觉~不醒", "再也不要醒",
        ]),
        (CrisisConcept.Sleep, 2, ["不想醒", "不要醒", "不再醒", "不用醒", "别再醒", "睡过去", "睡下去"]),
        (CrisisConcept.Sleep, 1, ["睡着", "长觉", "休息", "不醒"]),
        (CrisisConcept.Burden, 3, ["累赘", "没有我他们", "没有我大家", "没有我家里", "没有我会", "少了我", "我是多余", "多余的人", "如果我~不在了", "等我~不在了", "要是我~不在了"]),
        (CrisisConcept.Burden, 2, ["拖累", "没有我", "我不在了", "我不在", "添麻烦", "对大家都好", "对谁都好", "都会轻松", "都轻松了", "就轻松了", "就不在了", "不想再连累", "让家人拿到", "让家里拿到", "不会再麻烦", "不想连累", "不想牵连", "不想再牵连"]),
        (CrisisConcept.Burden, 1,
        [
            "连累", "负担", "麻烦", "轻松", "好过", "不理我", "没人理", "没人管", "没人在乎", "没有人在乎", "没人懂", "没人明白", "冇人明白",
            "不要我了", "都离开我", "拉黑我", "牵连",
        ]),
        (CrisisConcept.Farewell, 3, ["永别", "遗书", "遗言", "后事", "遗嘱写好"]),
        (CrisisConcept.Farewell, 2,
        [
            "原谅我", "别恨我", "不要恨我", "忘了我", "忘记我", "别找我", "不要找我", "告别", "道别", "再见了", "最后一面", "最后一次",
            "最后一晚", "最后一夜", "最后一天", "说声再见", "都送人", "送人了", "托付给", "托付", "都转给", "转给我妈", "转给我爸", "转给爸妈", "密码发给", "密码告诉", "谢谢你们", "谢谢大家", "帮我跟", "帮我告诉", "替我跟", "替我告诉", "爸爸对不起", "妈妈对不起", "爸爸爱", "妈妈爱", "最后一个问题", "最后一条", "长大再看",
        ]),
        (CrisisConcept.Farewell, 1, ["对不起", "照顾好", "好好活", "好好的", "再见", "拜拜", "别难过", "不要哭", "别哭", "谢谢", "留给", "录了", "的信", "爱你", "爱她", "爱他"]),
        (CrisisConcept.Beyond, 3, ["另一个世界", "另外一个世界", "去天堂", "上天堂", "去陪~奶奶", "去陪~爷爷", "去陪~外婆", "去陪~外公", "去找~奶奶", "去找~爷爷", "去找~外婆", "去找~外公"]),
        (CrisisConcept.Beyond, 2, ["另一边", "天堂", "下辈子", "来世", "投胎", "去找我", "去陪"]),
        (CrisisConcept.Beyond, 1, ["那边", "这个世界", "这世界", "人世", "人间", "世上", "那里", "世界", "重新来过"]),
        (CrisisConcept.Time, 2, ["倒计时", "今晚过后", "今晚之后", "明天之后", "今天过后", "过了今晚"]),
        (CrisisConcept.Time, 1, ["今晚", "今夜", "今天晚上", "明天", "最后", "马上", "过了今天", "那天", "这周", "今天"]),
        (CrisisConcept.Place, 1,
        [
            "天台", "楼顶", "顶楼", "窗台", "阳台", "窗户", "桥上", "桥边", "大桥", "桥", "河边", "江边", "海边", "湖边", "铁轨", "高楼",
            "楼上", "悬崖", "水库", "河里", "江里", "海里", "站上去", "楼很高", "楼~高", "车来车往", "马路", "车流", "枕头", "床头", "手边",
        ]),
        (CrisisConcept.Means, 3, ["百草枯", "敌敌畏", "老鼠药", "割腕", "割脉", "上吊", "烧炭", "跳楼>价机", "跳河", "跳江", "跳海", "卧轨", "吃一整瓶", "整瓶药"]),
        (CrisisConcept.Means, 2,
        [
            "安眠药", "农药", "刀片", "绳子", "跳下去", "跳下", "跳出去", "撞上去", "冲下去", "吞药", "喝药", "割手", "划手", "割自己",
            "伤害自己", "自残", "划下去", "割下去", "一瓶药", "一把药", "想下去$", "往车流", "从~下去$", "被车撞", "车撞", "冲进车流", "撞车", "喝~药",
        ]),
        (CrisisConcept.Means, 1, ["药", "绳", "刀", "煤气", "炭", "割", "跳", "闭上眼", "身故", "保险金", "赔偿", "理赔"]),
        (CrisisConcept.Dose, 1, ["会不会疼", "会不会痛", "不会疼", "不会痛", "不痛苦", "最快", "多久才", "要多久", "喝多少", "吃多少", "多少片", "才够", "不痛", "哪里的楼", "比较高"]),
        (CrisisConcept.Resolve, 2, ["打算这么做", "这么做了", "决定这么做", "想好怎么做", "想好怎样做", "我要干什么", "要做什么了", "已经准备好了$"]),
        (CrisisConcept.Resolve, 1,
        [
            "决定了", "想好了", "准备好", "打算好", "安排好", "写好了", "交代", "已经决定", "下定决心", "不想再", "再也不想", "不会再",
            "不用再", "再也不用", "买好", "备好", "攒了", "攒够", "准备", "想好", "用不上了", "不需要了", "不用还了", "不用管了", "不用理", "都不用", "什么都不用", "不用替我", "就不用", "算了$", "只想", "查好了", "就好了$", "我不管了", "不管了$", "用得着", "用得上",
        ]),
        (CrisisConcept.Practical, -1,
        [
            "协商", "分期", "延期", "投诉", "报警", "起诉", "合法", "违法", "继承", "遗产", "家属", "征信", "减免", "律师", "法院",
            "停催", "要还吗", "谁来还", "谁还", "怎么还", "还款", "利息", "去世", "过世", "死亡", "病逝", "身亡", "新闻", "报道", "开始记账", "记账", "重新开始", "从今天开始",
        ]),
    ];

    private static readonly Lazy<Index> Built = new(Build);

    /// <summary>Cues by their first character, and (for those matched by sound) by their second.</summary>
    public static FrozenDictionary<char, CrisisCue[]> ByFirst => Built.Value.ByFirst;

    public static FrozenDictionary<char, CrisisCue[]> BySecond => Built.Value.BySecond;

    private sealed record Index(FrozenDictionary<char, CrisisCue[]> ByFirst, FrozenDictionary<char, CrisisCue[]> BySecond);

    private static Index Build()
    {
        var cues = Groups
            .SelectMany(g => g.Words.Select(w => CrisisCue.Parse(w, g.Concept, g.Weight, text =>
                text.Length >= SoundMinLength && g.Weight >= SoundMinWeight && text.All(TextNormalizer.IsHan)
                    ? [.. text.Select(Homophones.ReadingsOf)]
                    : [])))
            .ToList();
        return new Index(
            cues.GroupBy(c => c.Text[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray()),
            cues.Where(c => c.MatchesBySound).GroupBy(c => c.Text[1]).ToFrozenDictionary(g => g.Key, g => g.ToArray()));
    }
}
