namespace DebtHelp.Web.BrowserTests;

/// <summary>Every browser test class shares one site and one Chromium (starting either takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
