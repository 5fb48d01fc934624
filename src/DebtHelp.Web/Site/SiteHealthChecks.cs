using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DebtHelp.Web.Site;

/// <summary>
/// <c>/healthz</c> and <c>/healthz/ready</c>: healthy once a snapshot is loaded (503 while loading or when no index
/// could be made). <c>/healthz/live</c>: the process answers at all.
/// </summary>
public static class SiteHealthChecks
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddSiteHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<SnapshotHealthCheck>("snapshot", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapSiteHealthChecks(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteDescription };
        // Still loading is Degraded, so the health-check service logs it as a warning, not an error on every probe
        // during start-up; it is still not ready (503). No index at all stays Unhealthy, an error.
        ready.ResultStatusCodes[HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable;
        app.MapHealthChecks("/healthz", ready);
        app.MapHealthChecks("/healthz/ready", ready);
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false });
        return app;
    }

    private static Task WriteDescription(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var text = report.Entries.Values.Select(e => e.Description).FirstOrDefault(d => d is not null) ?? report.Status.ToString();
        return context.Response.WriteAsync(text);
    }

    private sealed class SnapshotHealthCheck(KnowledgeBaseHolder holder) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(holder.Current is { } snapshot
                ? HealthCheckResult.Healthy($"ok: {snapshot.Articles.Count} articles")
                : holder.FatalError is null ? HealthCheckResult.Degraded("loading") : HealthCheckResult.Unhealthy("index unavailable"));
    }
}
