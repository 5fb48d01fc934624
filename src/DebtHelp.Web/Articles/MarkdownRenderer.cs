using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DebtHelp.Web.Articles;

/// <summary>
/// The one Markdown pipeline of the site, built once and shared (Markdig pipelines are thread-safe).
/// </summary>
public static class MarkdownRenderer
{
    // Not UseAdvancedExtensions(): it brings media links (embedded iframes from other hosts) and generic
    // attributes (author-controlled attributes such as onclick), neither of which belongs on this site.
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseTaskLists()
        .UseFootnotes()
        .UseAutoLinks()
        .Use<Diagrams.DiagramExtension>()
        .DisableHtml()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>
    /// Rewrites links between articles to addresses relative to the article page: <c>other-slug.md</c>,
    /// <c>./other-slug.md#part</c> and <c>/articles/other-slug</c> all become <c>other-slug</c> (fragment kept).
    /// Returns every internal link with its 1-based line, so the caller can check the targets.
    /// </summary>
    /// <remarks>
    /// The body is rendered once per snapshot and shown at <c>/articles/{slug}</c> under every script's prefix
    /// (<c>/zh-hant/articles/{slug}</c>, ...): a sibling address keeps the reader's prefix with no rewriting per
    /// request. It is the only place the body is shown; the feeds carry summaries and absolute addresses.
    /// </remarks>
    public static List<(string Slug, int Line)> RewriteArticleLinks(MarkdownDocument document)
    {
        var links = new List<(string, int)>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is null || link.IsImage)
            {
                continue;
            }

            if (TryGetArticleSlug(link.Url, out var slug, out var fragment))
            {
                link.Url = ArticleLink(slug) + fragment;
                links.Add((slug, link.Line + 1));
            }
        }

        return links;
    }

    /// <summary>The address of an article from inside an article body: a sibling of the page it is shown on.</summary>
    public static string ArticleLink(string slug) => Uri.EscapeDataString(slug);

    public static bool TryGetArticleSlug(string url, out string slug, out string fragment)
    {
        slug = "";
        fragment = "";
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash >= 0 ? url[..hash] : url;
        fragment = hash >= 0 ? url[hash..] : "";
        if (path.Contains(':', StringComparison.Ordinal))
        {
            return false; // http:, tel:, mailto: ...
        }

        if (path.StartsWith("/articles/", StringComparison.Ordinal))
        {
            slug = path["/articles/".Length..].TrimEnd('/');
        }
        else if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !path.StartsWith('/'))
        {
            slug = Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);
        }
        else
        {
            return false;
        }

        return slug.Length > 0;
    }

    public static string RenderBody(MarkdownDocument document)
    {
        // The front matter is metadata, not body text.
        foreach (var block in document.Descendants<YamlFrontMatterBlock>().ToList())
        {
            document.Remove(block);
        }

        // Wide tables scroll sideways on a phone (site.css); tabindex lets a keyboard reach and scroll them.
        foreach (var table in document.Descendants<Markdig.Extensions.Tables.Table>())
        {
            table.GetAttributes().AddPropertyIfNotExist("tabindex", "0");
            AlignWithClasses(table);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// Column alignment (<c>|:---:|</c>) as a class (align-left, align-center, align-right in site.css): Markdig writes
    /// it as a <c>style</c> attribute, which the CSP (style-src 'self', no inline styles) blocks.
    /// </summary>
    private static void AlignWithClasses(Markdig.Extensions.Tables.Table table)
    {
        var columns = table.ColumnDefinitions;
        foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            foreach (var cell in row.OfType<Markdig.Extensions.Tables.TableCell>())
            {
                var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : row.IndexOf(cell);
                if (index < columns.Count && columns[index].Alignment is { } alignment)
                {
                    cell.GetAttributes().AddClass(alignment switch
                    {
                        Markdig.Extensions.Tables.TableColumnAlign.Center => "align-center",
                        Markdig.Extensions.Tables.TableColumnAlign.Right => "align-right",
                        _ => "align-left",
                    });
                }
            }
        }

        foreach (var column in columns)
        {
            column.Alignment = null;
        }
    }

    /// <summary>Splits the body into passages: the text before the first heading, then one per heading.</summary>
    public static List<ArticleSection> ExtractSections(MarkdownDocument document, string title)
    {
        var sections = new List<ArticleSection>();
        var id = "";
        var heading = title;
        var level = 1;
        var text = new StringBuilder();

        void Flush()
        {
            var body = text.ToString().Trim();
            if (body.Length > 0 || id.Length > 0)
            {
                sections.Add(new ArticleSection(id, heading, level, body));
            }

            text.Clear();
        }

        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock)
            {
                continue;
            }

            if (block is HeadingBlock h && h.Level <= 3)
            {
                Flush();
                id = h.GetAttributes().Id ?? "";
                heading = InlineText(h.Inline);
                level = h.Level;
                continue;
            }

            AppendText(block, text);
        }

        Flush();
        return sections;
    }

    private static void AppendText(Block block, StringBuilder text)
    {
        switch (block)
        {
            case LeafBlock leaf when leaf.Inline is not null:
                text.Append(InlineText(leaf.Inline)).Append('\n');
                break;
            case LeafBlock leaf:
                text.Append(leaf.Lines.ToString()).Append('\n');
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendText(child, text);
                }

                break;
        }
    }

    public static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (var item in inline.Descendants())
        {
            switch (item)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
            }
        }

        return sb.ToString();
    }
}
