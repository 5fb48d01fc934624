using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DebtHelp.Web.Articles.Diagrams;

/// <summary>Writes a <see cref="DiagramBlock"/> as its SVG, or as its text when the name is unknown.</summary>
public sealed class DiagramRenderer : HtmlObjectRenderer<DiagramBlock>
{
    protected override void Write(HtmlRenderer renderer, DiagramBlock obj)
    {
        if (SiteDiagrams.ByName.TryGetValue(obj.Name, out var diagram))
        {
            renderer.Write(DiagramSvg.Render(diagram));
        }
        else
        {
            renderer.Write("<p>").WriteEscape(obj.Alt).Write("</p>\n");
        }
    }
}
