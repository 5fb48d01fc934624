using DebtHelp.Web.Search;

namespace DebtHelp.Web.Tests.Search;

public sealed class MessageReadingTests
{
    [Theory]
    [InlineData("催收现在就在门口敲门，我该怎么办")]
    [InlineData("有人一直在砸我家门")]
    [InlineData("催收上门了，我一个人在家好怕")]
    public void A_visit_happening_now_is_an_emergency(string question) =>
        Assert.True(UrgencyDetector.IsEmergency(question), question);

    [Theory]
    [InlineData("催收上门的时候我可以录音吗")]
    [InlineData("催收的人说明天要来我家")]
    [InlineData("上门催收合法吗")]
    [InlineData("催收在门外，可以不开门吗")]
    public void A_visit_in_general_or_a_specific_question_at_the_door_is_not(string question) =>
        Assert.False(UrgencyDetector.IsEmergency(question), question);

    [Fact]
    public void Finds_the_ask_at_the_end_of_a_story()
    {
        var asks = QuestionExtractor.Asks("网贷逾期半年了，今天物业说有两个人来打听我住哪一户，是不是催收要上门了，我要不要躲出去");

        var ask = Assert.Single(asks);
        Assert.Contains("要不要躲出去", ask);
        Assert.DoesNotContain("物业", ask);
    }

    [Fact]
    public void Keeps_the_clause_that_says_what_a_short_ask_is_about()
    {
        var asks = QuestionExtractor.Asks("被催收骚扰快三个月了，录音截图都有，我想去法院告他们赔钱，能做到吗");

        Assert.Contains("告他们赔钱", Assert.Single(asks));
    }

    [Fact]
    public void Finds_two_asks_in_two_sentences()
    {
        var asks = QuestionExtractor.Asks("欠了三家网贷，催收天天打电话到我单位。这样合法吗？我还想问怎么和平台协商分期？");

        Assert.Equal(2, asks.Count);
    }

    [Theory]
    [InlineData("催收上门怎么办")]
    [InlineData("可以不开门吗")]
    public void A_short_question_is_its_own_ask(string question) => Assert.Empty(QuestionExtractor.Asks(question));
}
