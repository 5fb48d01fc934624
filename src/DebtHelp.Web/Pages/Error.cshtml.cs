using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DebtHelp.Web.Pages;

public sealed class ErrorModel : PageModel, IPageMeta
{
    public string PageTitle => "出了点问题";

    public string Description => PageTitle;

    public string? CanonicalPath => null;

    public void OnGet() => Response.StatusCode = StatusCodes.Status500InternalServerError;
}
