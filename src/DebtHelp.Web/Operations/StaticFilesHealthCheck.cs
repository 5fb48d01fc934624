using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DebtHelp.Web.Operations;

/// <summary>
/// Not ready when the stylesheet cannot be served: a site started without its wwwroot answered every page unstyled
/// while its health check said ok (newcomer trial, problem 4). Tagged "ready" next to the snapshot check in
/// Site/SiteHealthChecks, so /healthz and /healthz/ready answer 503 with this description.
/// </summary>
public sealed class StaticFilesHealthCheck(IWebHostEnvironment environment) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(environment.WebRootFileProvider.GetFileInfo("css/site.css").Exists
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"wwwroot/css/site.css not found under {environment.WebRootPath ?? environment.ContentRootPath}"));
}
