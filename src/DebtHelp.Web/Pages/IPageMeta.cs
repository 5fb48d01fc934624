namespace DebtHelp.Web.Pages;

/// <summary>What the layout needs from every page: its title, its description, and its canonical path.</summary>
public interface IPageMeta
{
    string PageTitle { get; }

    string Description { get; }

    /// <summary>Site-relative canonical path, or null for pages that should not be indexed.</summary>
    string? CanonicalPath { get; }
}
