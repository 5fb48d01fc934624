namespace DebtHelp.Web.Pages.Navigation;

/// <summary>One step of a breadcrumb trail: a name and the page's address (site-relative, as links are generated).</summary>
public sealed record Crumb(string Name, string Path);
