namespace DebtHelp.Web.Articles;

/// <summary>The site's one notion of "today": the calendar day in China, whatever the server's time zone.</summary>
public static class ChinaDate
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);
}
