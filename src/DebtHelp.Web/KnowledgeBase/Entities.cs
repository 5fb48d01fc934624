namespace DebtHelp.Web.KnowledgeBase;

public sealed class ArticleRow
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Html { get; set; } = "";
    public string SourceFile { get; set; } = "";
    public DateOnly Updated { get; set; }
    public DateOnly Reviewed { get; set; }

    /// <summary>JSON arrays: small lists that are only ever read with their article.</summary>
    public string QuestionsJson { get; set; } = "[]";
    public string SourcesJson { get; set; } = "[]";
    public string ExplicitRelatedJson { get; set; } = "[]";
    public string LinksToJson { get; set; } = "[]";

    /// <summary>The writers' reading order and former slugs (front matter <c>order</c> and <c>aliases</c>).</summary>
    public int SortOrder { get; set; }
    public string AliasesJson { get; set; } = "[]";
}

public sealed class TopicRow
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }
}

public sealed class ArticleTopicRow
{
    public int ArticleId { get; set; }
    public string TopicSlug { get; set; } = "";
}

public sealed class RelatedLinkRow
{
    public int FromArticleId { get; set; }
    public int ToArticleId { get; set; }
    public int Rank { get; set; }
    public double Score { get; set; }

    /// <summary>Why the link is there: <c>explicit</c> (front matter) or <c>similar</c> (shared topics and text).</summary>
    public string Reason { get; set; } = "";
}

public sealed class SectionRow
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int Ordinal { get; set; }
    public string Anchor { get; set; } = "";
    public string Heading { get; set; } = "";
    public int Level { get; set; }
    public string Text { get; set; } = "";
}

public sealed class ProblemRow
{
    public int Id { get; set; }
    public string File { get; set; } = "";
    public int Line { get; set; }
    public string Severity { get; set; } = "";
    public string Message { get; set; } = "";
}

public sealed class MetaRow
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
