using System.Text.RegularExpressions;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.Site;

/// <summary>Makes a query safe to log: digit runs (phone, ID and card numbers) become '#'.</summary>
public static partial class QueryLogText
{
    [GeneratedRegex(@"[0-9０-９]+")]
    private static partial Regex Digits();

    public static string Mask(string? query) => Digits().Replace(QueryAnalyzer.Clean(query), m => new string('#', Math.Min(m.Length, 3)));
}
