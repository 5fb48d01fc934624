namespace DebtHelp.Web.Tests.Support;

/// <summary>The site serving a private copy of the repository's real <c>content/</c> folder (an xunit fixture type).</summary>
public sealed class RealContentSite() : SiteFactory(TestPaths.RealContent);
