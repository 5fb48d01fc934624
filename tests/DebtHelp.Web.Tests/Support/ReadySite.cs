namespace DebtHelp.Web.Tests.Support;

/// <summary>One fixture-content site shared by a test class (xunit class fixture).</summary>
public sealed class ReadySite : IDisposable
{
    public SiteFactory Factory { get; } = new();

    public HttpClient Client { get; }

    public ReadySite() => Client = Factory.ReadyClientAsync().GetAwaiter().GetResult();

    public void Dispose() => Factory.Dispose();
}
