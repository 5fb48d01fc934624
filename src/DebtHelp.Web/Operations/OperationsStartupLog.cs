using Microsoft.Extensions.Options;

namespace DebtHelp.Web.Operations;

/// <summary>One line at start-up with what an operator checks first, and a warning for each setting that looks unfinished.</summary>
public sealed class OperationsStartupLog(
    IOptions<SiteOptions> site,
    TrustedProxyOptions proxies,
    InternalAccess access,
    ServerLimitsReport limits,
    IHostEnvironment environment,
    ILogger<OperationsStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation(
            "Public address {PublicBaseUrl}; trusted proxies {TrustedProxies}; private paths and metrics {InternalAccess}; at most {MaxConnections} connections (descriptor limit {DescriptorLimit}); content root {ContentRoot}",
            site.Value.Root,
            proxies.KnownProxies.Count + proxies.KnownNetworks.Count == 0 ? "none" : string.Join(", ", proxies.KnownProxies.Concat(proxies.KnownNetworks)),
            access.Enabled ? "on" : "off",
            limits.MaxConnections,
            limits.DescriptorLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown",
            environment.ContentRootPath);
        if (limits.MaxConnections < limits.Configured.MaxConnections)
        {
            logger.LogWarning(
                "Server:MaxConnections lowered from {Configured} to {MaxConnections} to fit the open-file limit {DescriptorLimit}; raise LimitNOFILE (ulimit -n) to allow more",
                limits.Configured.MaxConnections, limits.MaxConnections, limits.DescriptorLimit);
        }

        if (environment.IsProduction() && new Uri(site.Value.Root).IsLoopback)
        {
            logger.LogWarning("Site:PublicBaseUrl is {PublicBaseUrl}: canonical links, the sitemap and the feed point at this machine; set it to the public address", site.Value.Root);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
