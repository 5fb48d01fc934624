namespace DebtHelp.Web.Articles;

/// <summary>One entry of <c>topics.yml</c> as written.</summary>
public sealed class TopicEntry
{
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
}
