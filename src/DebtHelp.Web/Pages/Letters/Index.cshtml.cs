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
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Site.SearchRateLimiting.LetterPolicyName)]
public sealed partial class IndexModel(KnowledgeBaseHolder holder, TimeProvider time, HtmlEncoder encoder) : PageModel, IPageMeta
{
    [BindProperty]
    public LetterForm Form { get; set; } = new();

    private string? _markedLetter;

    /// <summary>The finished letter, after a post.</summary>
    public string? Letter => _markedLetter is null ? null : LetterWriter.Unmarked(_markedLetter);

    /// <summary>
    /// The letter encoded line by line with real line breaks (not &amp;#xA;), shown as pre-wrapped text. In 繁體 mode
    /// the reader's own words keep their marks, so the page's conversion leaves them exactly as typed.
    /// </summary>
    public IHtmlContent? LetterHtml => _markedLetter is null ? null : new HtmlString(EncodeLetter(_markedLetter, TraditionalChinese.IsActive(HttpContext)));

    public LetterKind Kind => Form.Kind;

    /// <summary>Fields that were longer than their limit and were cut for the letter, as sentences for the reader.</summary>
    public IReadOnlyList<string> CutFields { get; private set; } = [];

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

    public void OnPost()
    {
        KeepOutOfCaches();
        CutFields = Form.OverLimit();
        Form = Form.Cleaned();
        // The form shows the cleaned values, not the posted ones (model state would echo whatever was sent).
        ModelState.Clear();
        _markedLetter = LetterWriter.WriteMarked(Form);
    }

    private string EncodeLetter(string marked, bool keepMarks)
    {
        var html = new System.Text.StringBuilder(marked.Length + 256);
        foreach (var piece in LetterPieces().Split(marked))
        {
            if (piece is "\n")
            {
                html.Append('\n');
            }
            else if (piece.Length == 1 && piece[0] is PageText.ReaderTextStart or PageText.ReaderTextEnd)
            {
                if (keepMarks)
                {
                    html.Append(piece);
                }
            }
            else
            {
                html.Append(encoder.Encode(piece));
            }
        }

        return html.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex("(\n|\uE000|\uE001)")]
    private static partial System.Text.RegularExpressions.Regex LetterPieces();

    /// <summary>The letter holds names, numbers and what happened: no browser or proxy may keep a copy.</summary>
    private void KeepOutOfCaches() => Response.Headers.CacheControl = "no-store";

    private DateOnly Today() => ChinaDate.Today(time);
}
