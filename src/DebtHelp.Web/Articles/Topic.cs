namespace DebtHelp.Web.Articles;

public sealed record Topic(string Slug, string Name, string Description, int Order);
