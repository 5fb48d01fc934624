using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace DebtHelp.Web.Pages;

/// <summary>
/// Plain text from front matter, topics.yml and the fixed site wording, with every help-line number made a
/// <c>tel:</c> link a reader can tap. Only the numbers the site sends readers to (the list the content tests allow),
/// and only as whole numbers: not inside a longer number, a date, an amount or "第110条".
/// </summary>
public static partial class PhoneLinks
{
    [GeneratedRegex(@"(?<![0-9\-第])(?:010-12321|12378|12348|12345|12321|12377|12356|12368|96110|110|120)(?![0-9]|条|元|年|月|日|天|个|万|块|%)")]
    private static partial Regex HelpLine();

    public static IHtmlContent Linkify(string text)
    {
        var html = new StringBuilder(text.Length + 64);
        var last = 0;
        foreach (Match match in HelpLine().Matches(text))
        {
            html.Append(WebUtility.HtmlEncode(text[last..match.Index]));
            html.Append("<a class=\"phone\" href=\"tel:").Append(match.Value).Append("\">").Append(match.Value).Append("</a>");
            last = match.Index + match.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[last..]));
        return new HtmlString(html.ToString());
    }
}
