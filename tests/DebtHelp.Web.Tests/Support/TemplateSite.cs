namespace DebtHelp.Web.Tests.Support;

/// <summary>
/// The fixture content plus one more article: a fill-in template whose title is a question, whose summary tries to
/// close a script element, with four sections (so it gets a table of contents) and a later <c>updated</c> date than
/// the rest (an xunit fixture type). Added to the private copy so the shared fixture (and the counts other tests assert) stay as they are.
/// </summary>
public sealed class TemplateSite : SiteFactory
{
    public const string Slug = "complaint-letter-template";
    public const string Title = "投诉信怎么写？";
    public const string Summary = "写清哪天谁做了什么，要求限期书面答复。</script><script>alert(1)</script>";

    private const string Article = """
        ---
        title: 投诉信怎么写？
        summary: "写清哪天谁做了什么，要求限期书面答复。</script><script>alert(1)</script>"
        topics: [complaints]
        questions: [投诉信格式, 投诉书范文]
        updated: 2026-11-20
        reviewed: 2026-11-20
        ---

        照着下面填写。

        ## 投诉人

        姓名、手机号。

        ## 借款信息

        合同编号。

        ## 发生了什么

        一件事一条。

        ## 我的要求

        限期书面答复。
        """;

    public TemplateSite() => File.WriteAllText(Path.Combine(ContentRoot, "articles", Slug + ".md"), Article);
}
