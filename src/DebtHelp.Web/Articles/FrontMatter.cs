namespace DebtHelp.Web.Articles;

/// <summary>
/// An article's YAML front matter as written. Dates and the order stay text here so a wrong one can be quoted back
/// to the writer; <see cref="ArticleParser"/> checks and converts them.
/// </summary>
public sealed class FrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public TextList? Topics { get; set; }
    public TextList? Questions { get; set; }
    public TextList? Related { get; set; }
    public string? Updated { get; set; }
    public string? Reviewed { get; set; }
    public TextList? Sources { get; set; }
    public string? Slug { get; set; }
    public string? Order { get; set; }
    public TextList? Aliases { get; set; }
}
