using DebtHelp.Web.Search;

namespace DebtHelp.Web.Tests.Search;

public sealed class CrisisDetectorTests
{
    [Theory]
    [InlineData("我真的撑不下去了想死")]
    [InlineData("欠了几十万网贷 不想活了")]
    [InlineData("每天被催 活不下去了")]
    [InlineData("有轻生的念头")]
    [InlineData("我真的撐不下去了")]
    [InlineData("想自殺")]
    [InlineData("不想或了")]
    [InlineData("被逼得想紫砂")]
    [InlineData("朋友说他想自杀，我该怎么劝")]
    [InlineData("活着到底有啥意义")]
    [InlineData("想结束自己，太累了")]
    [InlineData("对不起爸妈，女儿先走了")]
    [InlineData("他们逼我一死了之")]
    [InlineData("站在楼顶往下看")]
    [InlineData("buxianghuole")]
    [InlineData("I just want to die, 网贷还不上")]
    [InlineData("活不下區了")]
    [InlineData("好想去另外一个世界，没有网贷的那种")]
    [InlineData("真希望一觉睡下去再也不醒")]
    [InlineData("唔想再生存落去")]
    [InlineData("刀片已经买好了")]
    [InlineData("要是我死了，信用卡是不是就不用还？我决定了")]
    [InlineData("这个家没有我会更好")]
    [InlineData("欠这么多，没脸活下去了")]
    [InlineData("被催到zs的心都有了")]
    [InlineData("炭已经买好了")]
    [InlineData("我在桥上，欠的钱还不完")]
    [InlineData("什么都没有意义了，再见")]
    [InlineData("孩子你要好好的，妈妈先走了")]
    [InlineData("好想死咗去算")]
    [InlineData("这辈子还不上了，下辈子再还吧")]
    [InlineData("活腻了")]
    [InlineData("真的顶唔顺")]
    [InlineData("我想彻底解脱")]
    [InlineData("后事我都写在备忘录里了")]
    [InlineData("今晚过后这些网贷就不用还了")]
    [InlineData("🪢 今晚")]
    [InlineData("想 end 掉自己，太累了")]
    [InlineData("吞药的话吃多少片能不醒")]
    [InlineData("我是家里的累赘，没有我他们会过得更好")]
    [InlineData("等我不在了，爸妈就不用替我还了")]
    [InlineData("在河边坐了一个小时，水很凉，想下去")]
    [InlineData("好想瞓咗唔醒")]
    public void Fires_on_despair_and_self_harm_in_simplified_traditional_and_with_typos(string message) =>
        Assert.True(CrisisDetector.Signals(message), message);

    [Theory]
    [InlineData("手机死机了，看不到催收短信")]
    [InlineData("吓死了，催收又打电话来")]
    [InlineData("烦死了，一天几十个电话")]
    [InlineData("催收说要弄死我")]
    [InlineData("催收威胁说不还就让我跳楼")]
    [InlineData("借款人死了，家人要还吗")]
    [InlineData("我哥自杀了，他的网贷家里要还吗")]
    [InlineData("我舅舅去年跳河走了，他的网贷要我们还吗")]
    [InlineData("我姑姑前年吃药自杀了，她欠的钱要我们还吗")]
    [InlineData("生意撑不下去了，贷款怎么还")]
    [InlineData("这两个文件很相似")]
    [InlineData("我不会想不开的，就想问怎么协商")]
    [InlineData("没有想过轻生，只是很烦")]
    [InlineData("我姐一死了之，孩子谁管")]
    [InlineData("从网贷里解脱出来要多久")]
    [InlineData("一次性还完，一了百了")]
    [InlineData("跳楼价处理家具")]
    [InlineData("借新还旧是自杀式的做法")]
    [InlineData("催收叫我去跳楼")]
    [InlineData("想死你们了")]
    [InlineData("不想活期存款被冻结")]
    [InlineData("不想活在催收的阴影里，怎么投诉")]
    [InlineData("好想解脱，能不能协商分期")]
    [InlineData("催收说我死定了，我决定了去报警")]
    [InlineData("死磕到底，我已经决定了")]
    [InlineData("绝路逢生，靠协商上岸")]
    [InlineData("父亲走前交代后事，让我还他的信用卡")]
    [InlineData("我走了以后他们还在楼下等，要不要报警")]
    [InlineData("我真的快崩溃了。去年借了好几个网贷，每天几十个电话。昨天有人说这周就上门，他们真的会来吗？")]
    [InlineData("想彻底解脱这笔网贷，有什么办法")]
    [InlineData("我在桥头等朋友，催收电话又来了")]
    [InlineData("网贷催收致人自杀的案件一般判几年")]
    [InlineData("我不想死，我只想把债一点点还清")]
    [InlineData("全部还清了，终于解脱了")]
    [InlineData("明天不用上班，想去协商还款")]
    [InlineData("周末去顶楼晒被子")]
    [InlineData("平台同意宽限到下个月，今天就不用还了吧")]
    public void Stays_quiet_for_ordinary_words_and_threats_the_reader_reports(string message) =>
        Assert.False(CrisisDetector.Signals(message), message);

    /// <summary>
    /// The weighed signals (<see cref="CrisisScore"/>): no one phrase of the patterns, but words of two or three
    /// families (a means and a decision, a burden and a goodbye), a cue with a word between its parts ("活着真的好没意思"),
    /// one character typed by sound ("不想火了"), Cantonese folded ("饮埋啲药"), 著 for 着, and a cue that is the whole
    /// message ("想结束", "楼顶").
    /// </summary>
    [Theory]
    [InlineData("我坚持不了了")]
    [InlineData("撑不动了，不想再撑了")]
    [InlineData("感觉自己是多余的，活着没什么用")]
    [InlineData("想把自己交给大海")]
    [InlineData("希望明天不要到来")]
    [InlineData("死了也没人知道吧")]
    [InlineData("绳子挂好了")]
    [InlineData("煤气已经打开了")]
    [InlineData("我觉得我活不过这个月了")]
    [InlineData("想离开，永远地离开")]
    [InlineData("欠这么多，除了死没有别的路")]
    [InlineData("我累了，不想再继续了")]
    [InlineData("活著好痛苦")]
    [InlineData("饮埋啲药就乜都唔使理")]
    [InlineData("真的不想火了")]
    [InlineData("活不下曲了")]
    [InlineData("活着真的好没意思")]
    [InlineData("一直在拖累家人，我走了对谁都好")]
    [InlineData("想结束")]
    [InlineData("楼顶")]
    [InlineData("想去死 征信已经黑了")]
    [InlineData("这个世界没什么值得我留恋的了")]
    [InlineData("药都攒好了，就差一个机会")]
    [InlineData("请帮我照顾好我的猫，我要走了")]
    [InlineData("没有活下去的必要了")]
    [InlineData("帮我跟我女儿说爸爸爱她，爸爸对不起她")]
    [InlineData("已经没有任何出路了")]
    [InlineData("我觉得我应该消失")]
    [InlineData("我恨自己，我该死")]
    [InlineData("为什么我还活着")]
    [InlineData("好想一睡就是永远")]
    [InlineData("我在窗边坐了一夜，不敢往下看又想往下跳")]
    [InlineData("如果我走了，我的孩子谁来照顾，我很担心")]
    [InlineData("已经连续三天想着去死")]
    [InlineData("这个家没有我也一样")]
    [InlineData("我想一个人去很远的地方，再也不回来")]
    public void Fires_on_weak_signals_that_add_up(string message) =>
        Assert.True(CrisisDetector.Signals(message), message);

    /// <summary>
    /// The same words where they add up to nothing: an ending that is a contract's, a relief that is a debt paid off, a
    /// despair the message says is over, a death in a film, a program that crashed, tiredness, a threat reported, a
    /// practical question with a time in it, and "和" (he) that a pinyin slip could have made "活" (huo).
    /// </summary>
    [Theory]
    [InlineData("这个月太累了，加班到凌晨")]
    [InlineData("想结束和这个平台的借款关系")]
    [InlineData("我要结束这段合同，违约金多少")]
    [InlineData("终于解脱了，网贷全部还清")]
    [InlineData("想一了百了地还清所有网贷")]
    [InlineData("以前想过轻生，现在好了，想问问征信")]
    [InlineData("那段时间我撑不下去，后来协商成功了")]
    [InlineData("逾期后我绝望过，现在慢慢还上了")]
    [InlineData("昨天看了部电影，主角最后自杀了")]
    [InlineData("这个app闪退，崩溃了")]
    [InlineData("每天都睡不醒，是不是压力太大了")]
    [InlineData("最近单曲循环《跳楼机》，顺便问下网贷怎么协商")]
    [InlineData("上门的人说要让我从楼上下去，这是恐吓吧")]
    [InlineData("我妈问我是不是想不开，我跟她说没有，只是最近压力大")]
    [InlineData("明天最后一天还款，来不及了怎么办")]
    [InlineData("我已经准备好材料了，明天去法院")]
    [InlineData("楼顶漏水，物业要我赔钱，我没钱")]
    [InlineData("想跟过去的自己告别，从今天开始记账")]
    [InlineData("解脱了，最后一笔还完了")]
    [InlineData("不想和催收说话")]
    [InlineData("我唔會做傻事，想問點同平台傾分期")]
    [InlineData("我的app一直死循环打不开")]
    [InlineData("我会坚持下去，慢慢还")]
    [InlineData("我爸的遗言是让我别借网贷")]
    [InlineData("我没有未来的规划，只想先把钱还上")]
    [InlineData("我要去死磕这个平台")]
    [InlineData("自杀的人欠的网贷，家人需要还吗")]
    [InlineData("求死缠烂打的催收放过我")]
    [InlineData("借了十几个平台，有没有出路")]
    [InlineData("如果我走了，网贷谁来还")]
    public void Stays_quiet_when_the_weak_signals_do_not_add_up(string message) =>
        Assert.False(CrisisDetector.Signals(message), message);

    /// <summary>
    /// The structures of <see cref="CrisisShapes"/>, in sentences written for this test (none is on a list): things
    /// given away and handed over, a death weighed as a condition, what the going would do for the others, not waking,
    /// the only way, a long stay by the water, a move towards a drop, a dose counted, pinyin among characters or alone,
    /// 繁體 and Cantonese.
    /// </summary>
    [Theory]
    [InlineData("把狗托付给邻居了，存款也转给我妈了")]
    [InlineData("电脑和游戏机都送人了 手机也快停机了 反正以后用不到")]
    [InlineData("受益人写的是我女儿，等我走了她就能拿到钱")]
    [InlineData("要是我哪天不在了 你们别难过")]
    [InlineData("每天都在想 如果我出了车祸死了 家里是不是能好过一点")]
    [InlineData("最好一觉睡过去永远不要醒")]
    [InlineData("如果明天我没醒来 请帮我照顾我妈")]
    [InlineData("我真的没有路了 也不想再找了")]
    [InlineData("我已经想好怎么离开了")]
    [InlineData("在天台边坐了一晚上")]
    [InlineData("在大桥上看了很久下面的车")]
    [InlineData("我把所有的安眠药都倒出来数了数")]
    [InlineData("真的不想huo下去了")]
    [InlineData("好想si")]
    [InlineData("銀行卡密碼寫給我妹了 手機裡的照片也刪乾淨了")]
    [InlineData("最好永遠別醒")]
    [InlineData("如果我聽日唔在了 你哋唔好傷心")]
    [InlineData("我走咗之後 我個女邊個照顧")]
    [InlineData("保險受益人改咗做我個仔 咁我走咗佢都有錢")]
    [InlineData("xiang jie shu yi qie")]
    [InlineData("yi shui bu xing jiu hao le")]
    public void Fires_on_the_structures_of_a_plan_or_a_farewell_without_the_usual_words(string message) =>
        Assert.True(CrisisDetector.Signals(message), message);

    /// <summary>
    /// Each structure's keys have bits of their own, so a structure is skipped exactly when the message lacks its keys
    /// (a 64-bit mask once wrapped round past 32 structures and gave the later ones the first ones' bits).
    /// </summary>
    [Fact]
    public void Each_structure_is_opened_by_its_own_keys_only()
    {
        Assert.True(CrisisShapes.All.Length <= CrisisShapes.MaxShapes, $"{CrisisShapes.All.Length} structures, the masks hold {CrisisShapes.MaxShapes}");
        for (var i = 0; i < CrisisShapes.All.Length; i++)
        {
            for (var j = i + 1; j < CrisisShapes.All.Length; j++)
            {
                Assert.True((CrisisShapes.Needs[i] & CrisisShapes.Needs[j]) == UInt128.Zero, $"structures {i} and {j} share key bits");
            }

            var keys = CrisisShapes.All[i].Keys.Split('&');
            var oneOfEach = string.Concat(keys.Select(group => group[0]));
            Assert.Equal(CrisisShapes.Needs[i], CrisisShapes.Present(oneOfEach) & CrisisShapes.Needs[i]);
            // A first group alone does not open a structure that needs both (unless a key stands in both groups).
            if (keys.Length == 2 && !keys[0].Any(keys[1].Contains))
            {
                Assert.NotEqual(CrisisShapes.Needs[i], CrisisShapes.Present(keys[0]) & CrisisShapes.Needs[i]);
            }
        }
    }

    /// <summary>The same structures in everyday sentences: a trip, an outing by the river, a letter owning up, a move.</summary>
    [Theory]
    [InlineData("在江边站了一个小时等朋友")]
    [InlineData("我现在在海南出差，催收电话一直打")]
    [InlineData("在海南坐了两个小时的车")]
    [InlineData("阳台上坐了一下午晒太阳")]
    [InlineData("在河边钓了一下午鱼，催收电话没停")]
    [InlineData("我在楼顶晒被子晒了一下午")]
    [InlineData("过了今天就没关系了 明天发工资就能还上")]
    [InlineData("银行卡密码告诉我妈了，这样安全吗")]
    [InlineData("搬家了，衣服都捐了，想问网贷地址变更要通知平台吗")]
    [InlineData("给爸妈写了封信，坦白欠网贷的事")]
    [InlineData("孩子还小，网贷逾期会影响孩子上学吗")]
    [InlineData("照片都删干净了，催收还能找到我吗")]
    [InlineData("我完了，征信黑了还能贷款吗")]
    [InlineData("想往前走一步，找份好工作")]
    [InlineData("如果我没醒来接电话，催收会不会打给我家人")]
    [InlineData("我哥要是不在了，他的网贷谁还")]
    [InlineData("我妈把存款都转给我了 让我先还网贷")]
    [InlineData("只有我一个人在还这笔钱")]
    [InlineData("药店买了点感冒药，数了数还够吃三天")]
    [InlineData("想好怎么还了，先还利息高的")]
    [InlineData("那个人在我家门口站了一下午，他就是不走")]
    [InlineData("累si我了")]
    [InlineData("xie shang fen qi zen me ban")]
    [InlineData("边个平台利息最低")]
    public void Stays_quiet_when_the_structures_are_everyday_ones(string message) =>
        Assert.False(CrisisDetector.Signals(message), message);
}
