using System.Globalization;
using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Feeds;

/// <summary>Article dates are calendar days in China; feeds need them as instants or W3C dates.</summary>
public static class ContentDates
{
    /// <summary>Midnight of that day in China, RFC 3339 (Atom's date format).</summary>
    public static string Rfc3339(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ChinaDate.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The plain date form the sitemap protocol accepts.</summary>
    public static string W3CDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
