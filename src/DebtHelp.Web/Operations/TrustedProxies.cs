using Microsoft.AspNetCore.HttpOverrides;

namespace DebtHelp.Web.Operations;

/// <summary>
/// Behind nginx every request comes from the proxy's address. With the proxy listed in
/// <c>ForwardedHeaders:KnownProxies</c> (or its network in <c>KnownNetworks</c>), the client's address and scheme are
/// taken from <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>, so the search rate limit is per reader and the
/// private paths see who really asks. Nobody is trusted by default, loopback included: a header from anyone else
/// is ignored.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, TrustedProxyOptions settings)
    {
        var proxies = new NetworkList(settings.KnownProxies, "ForwardedHeaders:KnownProxies");
        var networks = new NetworkList(settings.KnownNetworks, "ForwardedHeaders:KnownNetworks");
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Host is not taken from the proxy: no absolute URL depends on it (Site:PublicBaseUrl).
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = settings.ForwardLimit;
            // The framework trusts loopback out of the box; here only what the settings name.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var network in proxies.Networks.Concat(networks.Networks))
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so that logging, limits and access checks all see the reader's address.</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app, TrustedProxyOptions settings) =>
        settings.KnownProxies.Count == 0 && settings.KnownNetworks.Count == 0 ? app : app.UseForwardedHeaders();
}
