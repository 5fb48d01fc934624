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
    public void Stays_quiet_for_ordinary_words_and_threats_the_reader_reports(string message) =>
        Assert.False(CrisisDetector.Signals(message), message);
}
