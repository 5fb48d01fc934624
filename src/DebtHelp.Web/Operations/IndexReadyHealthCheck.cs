using DebtHelp.Web.KnowledgeBase;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DebtHelp.Web.Operations;

/// <summary>Ready when an index is in memory and the stylesheet can be served (a site started without its wwwroot is not ready).</summary>
public sealed class IndexReadyHealthCheck(KnowledgeBaseHolder holder, IWebHostEnvironment environment) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!environment.WebRootFileProvider.GetFileInfo("css/site.css").Exists)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"wwwroot/css/site.css not found under {environment.WebRootPath ?? environment.ContentRootPath}"));
        }

        return Task.FromResult(holder.Current is { } snapshot
            ? HealthCheckResult.Healthy($"{snapshot.Articles.Count} articles")
            : HealthCheckResult.Unhealthy(holder.FatalError is null ? "loading" : "index unavailable: " + holder.FatalError));
    }
}
