using System.Text.Encodings.Web;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Chinese;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Site;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DebtHelp.Web.Pages.Letters;

/// <summary>
/// The letter builder: a complaint to the lender or a request to repay in instalments, written from a few fields.
/// The form posts (so what was typed stays out of the address bar, history and request logs), the letter comes back
/// in the same response, and nothing is stored: no database, no log, no cookie, no cache.
/// </summary>
// Antiforgery is off on purpose: its token needs a cookie and the site sets none. The form changes nothing on the
// server and answers only the person who sent it, so a forged post from another site can do no harm.
[IgnoreAntiforgeryToken]
public sealed class IndexModel(KnowledgeBaseHolder holder, TimeProvider time, HtmlEncoder encoder) : PageModel, IPageMeta
{
    [BindProperty]
    public LetterForm Form { get; set; } = new();

    /// <summary>The finished letter, after a post.</summary>
    public string? Letter { get; private set; }

    /// <summary>The letter encoded line by line with real line breaks (not &amp;#xA;), shown as pre-wrapped text.</summary>
    public IHtmlContent? LetterHtml => Letter is null ? null : new HtmlString(string.Join('\n', Letter.Split('\n').Select(l => encoder.Encode(KeepReaderText(l)))));

    public LetterKind Kind => Form.Kind;

    /// <summary>The template article with advice on filling in and sending this kind of letter, when the site has it.</summary>
    public Article? Advice => holder.Current?.BySlug.GetValueOrDefault(Kind == LetterKind.Instalment ? "instalment-request-template" : "lender-complaint-template");

    public string PageTitle => Kind == LetterKind.Instalment ? "写分期还款申请书" : "写给贷款机构的投诉信";

    public string Description => "填几项内容，直接生成给贷款机构的投诉信或分期还款申请书，可以打印或复制。填写的内容不会被保存。";

    public string? CanonicalPath => Kind == LetterKind.Instalment ? "/letters?kind=instalment" : "/letters";

    public void OnGet(string? kind)
    {
        KeepOutOfCaches();
        Form = LetterForm.Blank(string.Equals(kind, "instalment", StringComparison.OrdinalIgnoreCase) ? LetterKind.Instalment : LetterKind.Complaint, Today());
        // The usual requests are site wording put in a field; form fields are never converted on the page, so they are converted here.
        Form.Requests = TraditionalChinese.Script(HttpContext).Convert(Form.Requests ?? "");
    }

    /// <summary>In a 繁體 view the letter's wording is converted but what the reader typed into it is not.</summary>
    private string KeepReaderText(string line) => PageText.MarkReaderPhrases(line,
        [Form.Name, Form.Phone, Form.Lender, Form.Product, Form.ContractNumber, Form.LoanAmount, Form.WhatHappened, Form.Reason,
            Form.MonthlyAmount, Form.Instalments, Form.Requests, Form.ReplyDays, Form.LoanDate, Form.OverdueSince, Form.FirstPaymentDate, Form.LetterDate],
        TraditionalChinese.Script(HttpContext));

    public void OnPost()
    {
        KeepOutOfCaches();
        Form = Form.Cleaned();
        Letter = LetterWriter.Write(Form);
    }

    /// <summary>The letter holds names, numbers and what happened: no browser or proxy may keep a copy.</summary>
    private void KeepOutOfCaches() => Response.Headers.CacheControl = "no-store";

    private DateOnly Today() => ChinaDate.Today(time);
}
