namespace DebtHelp.Web.Tests.Support;

/// <summary>The fixture-content site on real Kestrel (an xunit fixture type): <see cref="SiteFactory.OnKestrel"/>.</summary>
public sealed class KestrelSite : SiteFactory
{
    public KestrelSite() => OnKestrel();
}
