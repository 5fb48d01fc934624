using System.Globalization;

namespace DebtHelp.Web.Articles;

/// <summary>
/// The front matter field <c>order:</c>, a whole number the writers choose: lists (home, topics, all articles) show
/// lower numbers first, the most urgent article first. Articles without it come after every numbered one.
/// </summary>
public static class ArticleOrder
{
    public const int Default = 10_000;
    public const int Min = 1;
    public const int Max = 9_999;

    public static int Parse(string? raw, string file, int line, List<ContentProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return Default;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var order) && order is >= Min and <= Max)
        {
            return order;
        }

        problems.Add(new ContentProblem(file, line, ProblemSeverity.Error,
            $"'order: {raw}' is not a whole number from {Min} to {Max}; lower numbers are listed first (the most urgent article gets the lowest)."));
        return Default;
    }

    /// <summary>The order lists use: the writers' number, then the slug so that equal numbers stay stable.</summary>
    public static IOrderedEnumerable<Article> InReadingOrder(this IEnumerable<Article> articles) =>
        articles.OrderBy(a => a.Order).ThenBy(a => a.Slug, StringComparer.Ordinal);
}
