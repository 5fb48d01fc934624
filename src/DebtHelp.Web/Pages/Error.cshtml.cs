using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DebtHelp.Web.Pages;

public sealed class ErrorModel : PageModel, IPageMeta
{
    public string PageTitle => "出了点问题";

    public string Description => PageTitle;

    public string? CanonicalPath => null;

    public IActionResult OnGet()
    {
        // Only the exception handler shows this page; asked for directly, it is just an unknown address.
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }
}
