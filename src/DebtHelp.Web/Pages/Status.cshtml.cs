using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DebtHelp.Web.Pages;

/// <summary>Chinese pages for 404 and other error status codes (re-executed by the status code middleware).</summary>
public sealed class StatusModel : PageModel, IPageMeta
{
    public int Code { get; private set; }

    public string PageTitle => Code == 404 ? "找不到这个页面" : "出了点问题";

    public string Description => PageTitle;

    public string? CanonicalPath => null;

    public void OnGet(int code)
    {
        // Shown in place of a real error only; asked for directly (/status/500), it is just an unknown address, so
        // nobody can make the site answer (and log) an error it did not have.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        Code = reExecuted && code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
