namespace DebtHelp.Web.Search;

// TEMPORARY tuning hook: removed before commit.
public static class Tune
{
    public static readonly Dictionary<string, double> Values = [];

    public static double Get(string name, double fallback) => Values.TryGetValue(name, out var v) ? v : fallback;
}
