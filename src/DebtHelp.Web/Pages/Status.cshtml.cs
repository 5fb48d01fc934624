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
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
    }
}
