using System.Text.RegularExpressions;

namespace DebtHelp.Web.Tests.Content;

/// <summary>
/// Severe finding S1 of the 2026-12 content review: an article that asks the reader to sign, acknowledge, agree to pay
/// or pay a debt must warn that once the three-year limitation period has run, doing so gives up the time-bar defence
/// (民法典第192条) and that a court will not raise it (第193条). The check: the body cites 《中华人民共和国民法典》第192条
/// or links the limitation articles (limitation-period, limitation-period-restart).
/// </summary>
public sealed partial class LimitationWarningTests
{
    /// <summary>Each article that asks the reader to acknowledge or agree to pay a debt, and why.</summary>
    public static TheoryData<string, string> ArticlesThatAskTheReaderToAcknowledgeOrPay => new()
    {
        { "instalment-request-template", "the letter says the reader is willing to repay: a written acknowledgment of the debt" },
        { "agreement-in-writing", "asks the reader to sign an instalment agreement that confirms the amount owed" },
        { "negotiate-instalments", "asks the reader to offer and agree to a repayment plan" },
        { "debt-transferred", "tells the reader how to pay an assignee, typically on an old debt sold on" },
        { "lender-complaint-template", "a letter to the lender about the debt; it must not turn into an acknowledgment" },
        { "verify-debt-official-channel", "ends with paying through the official channel and asking for instalments" },
        { "credit-record", "advises repaying the overdue part or agreeing a plan to limit credit-record damage" },
        { "coping-with-debt", "sends the reader to negotiate repayment with the lender" },
        { "sign-or-fingerprint-on-spot", "about signing or fingerprinting papers collectors bring to the door" },
        { "limitation-period-restart", "about which signatures and payments restart the limitation period" },
        { "old-debt-bought-by-amc", "old debts sold to asset-management companies, revived by new collectors" },
        { "pre-suit-mediation-call", "a mediation agreement agrees to pay and can be enforced once confirmed by a court" },
    };

    [Theory]
    [MemberData(nameof(ArticlesThatAskTheReaderToAcknowledgeOrPay))]
    public void The_article_warns_that_paying_or_acknowledging_a_time_barred_debt_gives_up_the_defence(string slug, string why)
    {
        var path = Path.Combine(TestPaths.RealContent, "articles", slug + ".md");
        Assert.True(File.Exists(path), $"articles/{slug}.md does not exist (listed because it {why})");

        var body = Body(File.ReadAllText(path));
        Assert.True(
            body.Contains("《中华人民共和国民法典》第192条", StringComparison.Ordinal) || LimitationLink().IsMatch(body),
            $"articles/{slug}.md {why}, but its body neither cites 《中华人民共和国民法典》第192条 nor links limitation-period.md: "
            + "say that once three years have run, agreeing to pay or paying gives up the time-bar defence (第192条), that a court will not raise it (第193条), and what to check first");
    }

    [Fact]
    public void The_instalment_letter_page_warns_before_the_reader_signs()
    {
        var page = File.ReadAllText(Path.Combine(Path.GetDirectoryName(TestPaths.RealContent)!, "src", "DebtHelp.Web", "Pages", "Letters", "Index.cshtml"));
        Assert.Contains("第192条", page, StringComparison.Ordinal);
        Assert.Contains("/articles/limitation-period", page, StringComparison.Ordinal);
    }

    /// <summary>The Markdown after the front matter (the sources list names 第192条 too, and that is not a warning).</summary>
    private static string Body(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 4)..];
    }

    [GeneratedRegex(@"\]\((?:/articles/)?limitation-period(?:-restart)?(?:\.md)?(?:#[^)]*)?\)")]
    private static partial Regex LimitationLink();
}
