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
    public void Stays_quiet_for_ordinary_words_and_threats_the_reader_reports(string message) =>
        Assert.False(CrisisDetector.Signals(message), message);
}
