namespace DebtHelp.Web.Tests.Support;

/// <summary>The site on real Kestrel on a free loopback port, for what only a real server enforces (request limits, raw paths).</summary>
public sealed class KestrelSite : IDisposable
{
    public KestrelSite()
    {
        Factory = new SiteFactory();
        Factory.UseKestrel(0);
        Factory.StartServer();
        Factory.Holder.WhenReady.Wait(TimeSpan.FromSeconds(60));
        Client = Factory.CreateClient();
        BaseAddress = Client.BaseAddress!;
    }

    public SiteFactory Factory { get; }

    public HttpClient Client { get; }

    public Uri BaseAddress { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
