namespace DebtHelp.Web.Articles;

/// <summary>A parsed, rendered article. Immutable: a content change produces a new instance.</summary>
public sealed record Article
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required IReadOnlyList<string> Questions { get; init; }
    public required IReadOnlyList<string> Related { get; init; }
    public required DateOnly Updated { get; init; }
    public required DateOnly Reviewed { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>
    /// Rendered body HTML (without title and summary). Empty in a snapshot read from the index file, which keeps it
    /// on disk: pages get it through KnowledgeBase.ArticleBodies.
    /// </summary>
    public required string Html { get; init; }

    /// <summary>The passages of the body: the text before the first heading, then one per heading.</summary>
    public required IReadOnlyList<ArticleSection> Sections { get; init; }

    /// <summary>Source file relative to the content root.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Slugs of other articles this one links to in its body.</summary>
    public required IReadOnlyList<string> LinksTo { get; init; }

    /// <summary>The writers' reading order (front matter <c>order:</c>): lower comes first in lists; ties by slug.</summary>
    public int Order { get; init; } = ArticleOrder.Default;

    /// <summary>Former slugs (front matter <c>aliases:</c>) whose addresses answer with a 301 to this article.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <param name="Id">Heading id used as URL fragment; empty for the text before the first heading.</param>
public sealed record ArticleSection(string Id, string Heading, int Level, string Text);
