using AngleSharp.Html.Parser;
using DebtHelp.Web.Chinese;
using DebtHelp.Web.Site;

namespace DebtHelp.Web.Tests.Security;

/// <summary>The 繁體 mode converts the site's own text, never what the reader typed into the letter form.</summary>
public sealed class TraditionalInputTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("Complaint")]
    [InlineData("Instalment")]
    public async Task The_letter_and_the_form_keep_the_readers_words_exactly_as_typed(string kind)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Kind"] = kind,
            ["Form.Name"] = "张三丰",
            ["Form.Lender"] = "某某消费金融有限公司",
            ["Form.ContractNumber"] = "HT-发-2026",
            ["Form.Phone"] = "13800138000",
            ["Form.LoanAmount"] = "一万元",
            ["Form.WhatHappened"] = "1. 对方说要去单位闹\n2. 发了侮辱短信",
            ["Form.Reason"] = "失业后收入减少，还要照顾孩子",
            ["Form.Requests"] = "停止联系我的同事",
            ["Form.LetterDate"] = "下个月",
        };
        using var response = await site.Client.PostAsync("/zh-hant/letters", new FormUrlEncodedContent(fields));
        var html = await response.Content.ReadAsStringAsync();
        var document = new HtmlParser().ParseDocument(html);

        var letter = document.GetElementById("letter-text")!.TextContent;
        Assert.Contains("张三丰", letter);
        Assert.Contains("某某消费金融有限公司", letter);
        Assert.Contains("HT-发-2026", letter);
        Assert.Contains("一万", letter);
        Assert.Contains("停止联系我的同事", letter);
        Assert.Contains("下个月", letter);
        Assert.Contains(kind == "Complaint" ? "对方说要去单位闹" : "失业后收入减少，还要照顾孩子", letter);
        Assert.DoesNotContain(DebtHelp.Web.Chinese.PageText.ReaderTextStart, html);
        Assert.DoesNotContain(DebtHelp.Web.Chinese.PageText.ReaderTextEnd, html);
        Assert.Contains("致：某某消费金融有限公司", html);
        // The site's own words around them are converted.
        Assert.Contains("借款合同編號：", letter);
        Assert.DoesNotContain("借款合同编号：", letter);

        foreach (var (name, value) in fields.Where(f => f.Key is not "Form.Kind" and not "Form.WhatHappened" and not "Form.Reason"))
        {
            var field = document.QuerySelector($"[name='{name}']");
            Assert.NotNull(field);
            var shown = field is AngleSharp.Html.Dom.IHtmlTextAreaElement area ? area.Value : field.GetAttribute("value");
            Assert.Equal(value, shown);
        }

        var textarea = (AngleSharp.Html.Dom.IHtmlTextAreaElement)document.QuerySelector(kind == "Complaint" ? "[name='Form.WhatHappened']" : "[name='Form.Reason']")!;
        Assert.Equal(kind == "Complaint" ? fields["Form.WhatHappened"] : fields["Form.Reason"], textarea.Value);
    }
}
