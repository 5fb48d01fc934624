using System.Globalization;
using System.Net;
using System.Text;

namespace DebtHelp.Web.Articles.Diagrams;

/// <summary>
/// Draws a <see cref="Diagram"/> as inline SVG: boxes stacked top to bottom (a phone screen is narrow), joined by
/// arrows. Every word is a real <c>&lt;text&gt;</c> element (read by screen readers, found by the browser's find,
/// converted with the page in 繁體), each box is a link, and colours come from the stylesheet (dark mode, no inline style).
/// </summary>
public static class DiagramSvg
{
    private const int Width = 320;
    private const int BoxLeft = 4;
    private const int BoxWidth = Width - 8;
    private const int TextLeft = 16;
    private const int TitleLine = 24;
    private const int TextLine = 21;
    private const int Padding = 10;
    private const int Gap = 22;

    public static string Render(Diagram diagram)
    {
        var id = "diagram-" + diagram.Name;
        var body = new StringBuilder();
        var y = 2;
        for (var i = 0; i < diagram.Steps.Count; i++)
        {
            var step = diagram.Steps[i];
            var height = Padding * 2 + TitleLine + (TextLine * step.Lines.Count) - 4;
            body.Append("<a href=\"").Append(MarkdownRenderer.ArticleLink(step.Slug)).Append("\">");
            body.Append(Invariant($"<rect class=\"step\" x=\"{BoxLeft}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{height}\" rx=\"8\"/>"));
            var line = y + Padding + 17;
            body.Append(Invariant($"<text class=\"step-title\" x=\"{TextLeft}\" y=\"{line}\">")).Append(Escape(step.Title)).Append("</text>");
            line += TitleLine;
            foreach (var text in step.Lines)
            {
                body.Append(Invariant($"<text x=\"{TextLeft}\" y=\"{line}\">")).Append(Escape(text)).Append("</text>");
                line += TextLine;
            }

            body.Append("</a>");
            y += height;
            if (i < diagram.Steps.Count - 1)
            {
                var mid = Width / 2;
                body.Append(Invariant($"<path class=\"arrow\" d=\"M{mid} {y + 3}v{Gap - 8}m-6 -7l6 7l6 -7\"/>"));
                y += Gap;
            }
        }

        var total = y + 2;
        return Invariant($"<figure class=\"diagram\"><svg viewBox=\"0 0 {Width} {total}\" width=\"{Width}\" height=\"{total}\" role=\"group\" aria-labelledby=\"{id}\">")
            + $"<title id=\"{id}\">{Escape(diagram.Title)}</title>{body}</svg>"
            + $"<figcaption>{Escape(diagram.Caption)}</figcaption></figure>\n";
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
