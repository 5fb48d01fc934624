using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DebtHelp.Web.Articles.Diagrams;

/// <summary>
/// The Markdown hook for pictures: a paragraph holding only <c>![说明](diagram:name)</c> becomes the named
/// <see cref="Diagram"/> drawn as SVG. Elsewhere (an editor's preview, GitHub) the line shows as its text.
/// An unknown name is drawn as its text too; the content tests report it with file and line.
/// </summary>
public sealed class DiagramExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += ReplaceDiagramParagraphs;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<DiagramRenderer>();
        }
    }

    /// <summary>The diagram names an article uses, with their 1-based lines.</summary>
    public static IEnumerable<(string Name, int Line)> DiagramsIn(MarkdownDocument document) =>
        document.Descendants<DiagramBlock>().Select(d => (d.Name, d.Line + 1));

    private static void ReplaceDiagramParagraphs(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>().ToList())
        {
            var inlines = paragraph.Inline?.Where(i => !(i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) && i is not LineBreakInline).ToList();
            if (inlines is not [LinkInline { IsImage: true, Url: { } url } image] || !url.StartsWith(SiteDiagrams.Scheme, StringComparison.Ordinal)
                || paragraph.Parent is not { } parent)
            {
                continue;
            }

            var diagram = new DiagramBlock(url[SiteDiagrams.Scheme.Length..], MarkdownRenderer.InlineText(image)) { Line = paragraph.Line, Span = paragraph.Span };
            parent[parent.IndexOf(paragraph)] = diagram;
        }
    }
}
