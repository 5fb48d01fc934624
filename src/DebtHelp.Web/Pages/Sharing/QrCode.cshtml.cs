using System.Text;
using DebtHelp.Web.Feeds;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace DebtHelp.Web.Pages.Sharing;

/// <summary>
/// An article's address as a QR code, drawn here (QRCoder, MIT) as SVG: printed on the rights card so that a
/// neighbour or relative can open the page from the paper. No outside service sees who asked for it.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PageCaching.PolicyName)]
public sealed class QrCodeModel(KnowledgeBaseSnapshot snapshot) : PageModel
{
    public IActionResult OnGet(string slug)
    {
        if (!snapshot.BySlug.ContainsKey(slug))
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(Draw(SiteAddress.Article(SiteAddress.Root(Request), slug))), "image/svg+xml; charset=utf-8");
    }

    /// <summary>Error correction M (15 %): survives a crease or a smudge on paper taped to a door.</summary>
    public static string Draw(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
