namespace DebtHelp.Web.Search;
public static class Prof { public static readonly long[] T = new long[30]; }
