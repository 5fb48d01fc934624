using System.Text.Json;
using DebtHelp.Web.Pages.Articles;

namespace DebtHelp.Web.Tests.Pages.Articles;

public sealed class FaqStructuredDataTests
{
    [Theory]
    [InlineData("催收人员深夜上门怎么办", true)]
    [InlineData("上门催收合法吗", true)]
    [InlineData("如何核实来人的身份", true)]
    [InlineData("逾期会有什么后果", true)]
    [InlineData("去哪里投诉", true)]
    [InlineData("可以不开门？", true)]
    [InlineData("Can I keep the door shut?", true)]
    [InlineData("催收人员现在就在门口", false)]
    [InlineData("分期还款申请书（可打印模板）", false)]
    public void Recognises_a_title_that_is_a_question(string title, bool question) =>
        Assert.Equal(question, FaqStructuredData.IsQuestion(title));

    [Fact]
    public void Gives_nothing_for_a_title_that_is_a_statement() =>
        Assert.Null(FaqStructuredData.For("催收人员现在就在门口", "先别开门。"));

    [Fact]
    public void Makes_the_title_the_question_and_the_summary_its_accepted_answer()
    {
        using var json = JsonDocument.Parse(FaqStructuredData.For("深夜上门怎么办？", "可以不开门。")!);
        var root = json.RootElement;
        var question = root.GetProperty("mainEntity")[0];

        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("FAQPage", root.GetProperty("@type").GetString());
        Assert.Equal("Question", question.GetProperty("@type").GetString());
        Assert.Equal("深夜上门怎么办？", question.GetProperty("name").GetString());
        Assert.Equal("Answer", question.GetProperty("acceptedAnswer").GetProperty("@type").GetString());
        Assert.Equal("可以不开门。", question.GetProperty("acceptedAnswer").GetProperty("text").GetString());
    }

    [Fact]
    public void Escapes_markup_so_no_title_or_summary_can_end_the_script_element()
    {
        const string Title = "怎么办？</script><script>alert(1)</script>";
        const string Summary = "甲 & 乙 <!-- 丙 --> 'x' \"y\"";

        var text = FaqStructuredData.For(Title, Summary)!;
        using var json = JsonDocument.Parse(text);
        var question = json.RootElement.GetProperty("mainEntity")[0];

        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain(">", text);
        Assert.DoesNotContain("&", text);
        Assert.Contains("怎么办", text);
        Assert.Equal(Title, question.GetProperty("name").GetString());
        Assert.Equal(Summary, question.GetProperty("acceptedAnswer").GetProperty("text").GetString());
    }
}
