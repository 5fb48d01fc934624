namespace DebtHelp.Web.Tests.Support;

/// <summary>The site serving a private copy of the repository's real <c>content/</c> folder (xunit class fixture).</summary>
public sealed class RealContentSite : IDisposable
{
    public SiteFactory Factory { get; } = new(TestPaths.RealContent);

    public HttpClient Client { get; }

    public RealContentSite() => Client = Factory.ReadyClientAsync().GetAwaiter().GetResult();

    public void Dispose() => Factory.Dispose();
}
