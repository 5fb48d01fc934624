using DebtHelp.Web.Search;

namespace DebtHelp.Web.Tests.Search;

/// <summary>
/// The learned second reader beside the rules (<see cref="CrisisModel"/>, Search/crisis-model.txt). The sentences here
/// were written for these tests and are in no list the model was trained on.
/// </summary>
public sealed class CrisisModelTests
{
    [Fact]
    public void The_shipped_model_loads_with_its_weights_and_threshold()
    {
        var model = CrisisModel.Default;

        Assert.True(model.Count > 1000, $"{model.Count} pieces");
        Assert.InRange(model.Threshold, 0.5, 1.0);
    }

    [Theory]
    [InlineData("欠了五十万，我真的不想再活下去了")]
    [InlineData("这些年太累了，我想永远睡过去")]
    [InlineData("今晚我就从楼上跳下去")]
    [InlineData("对不起妈妈，我撑不住了，我先走一步")]
    [InlineData("欠债太多，我觉得自己不配活着")]
    [InlineData("我打算明天去江边，不回来了")]
    public void The_model_alone_is_confident_on_clear_crisis_messages(string message)
    {
        var clauses = CrisisDetector.Clauses(message);

        Assert.True(CrisisDetector.ModelSignals(clauses), $"{message}: {CrisisModel.Default.Probability(clauses):F4}");
        Assert.True(CrisisDetector.Signals(message), message);
    }

    [Theory]
    [InlineData("手机又死机了，烦死了")]
    [InlineData("吓死我了，催收打到我单位去了")]
    [InlineData("累死了，今天加了一天班")]
    [InlineData("笑死，催收员说话还结巴")]
    [InlineData("这个利息高得要死")]
    [InlineData("这事死马当活马医吧")]
    [InlineData("烦死了烦死了，天天打电话")]
    [InlineData("怎么申请停息挂账")]
    public void The_model_stays_quiet_on_everyday_sentences_with_death_words(string sentence)
    {
        Assert.False(CrisisDetector.ModelSignals(CrisisDetector.Clauses(sentence)), sentence);
        Assert.False(CrisisDetector.Signals(sentence), sentence);
    }

    /// <summary>What the rules exclude stays excluded: the veto sets the model's guess aside.</summary>
    [Theory]
    [InlineData("催收说要弄死我全家，我该报警吗")]
    [InlineData("催收在电话里骂我怎么不去死")]
    [InlineData("我不会想不开的，就是想问怎么协商")]
    [InlineData("我没有想过轻生，只是压力很大")]
    [InlineData("终于解脱了，最后一笔网贷还完了")]
    [InlineData("以前想过死，现在网贷都还清了，终于解脱了")]
    [InlineData("那段时间我真的不想活了，后来慢慢走出来了")]
    [InlineData("我以前也撑不下去想过结束自己，现在好多了")]
    [InlineData("我朋友上个月跳楼了，留下一堆网贷")]
    [InlineData("电影里的主角最后自杀了，好难过")]
    public void The_rules_exclusions_veto_the_model(string sentence)
    {
        var clauses = CrisisDetector.Clauses(sentence);

        Assert.True(CrisisModelVeto.Applies(clauses), sentence);
        Assert.False(CrisisDetector.Signals(sentence), sentence);
    }

    [Fact]
    public void The_model_reads_a_message_in_pieces_of_one_to_three_characters_within_a_clause()
    {
        Span<char> joined = stackalloc char[CrisisGrams.JoinedLength(["想死", "了"])];
        CrisisGrams.Join(["想死", "了"], joined);
        var pieces = new List<string>();
        foreach (var gram in new CrisisGrams(joined))
        {
            pieces.Add(gram.ToString());
        }

        Assert.Equal(["|想", "|想死", "想", "想死", "想死|", "死", "死|", "|了", "|了|", "了", "了|"], pieces);
    }
}
