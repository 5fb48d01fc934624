using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DebtHelp.Web.Infrastructure;

/// <summary>
/// Search is the one expensive thing a visitor can ask for at will, so each client address gets a budget of
/// searches per minute; pages stay unlimited. The address is used only as the partition key in memory.
/// </summary>
public static class SearchRateLimiting
{
    public const string PolicyName = "search";

    public sealed class Options
    {
        public const string SectionName = "RateLimiting";

        /// <summary>Searches per client per minute; 0 turns the limit off (used by the load benchmark).</summary>
        public int SearchPermitsPerMinute { get; set; } = 120;
    }

    public static IServiceCollection AddSearchRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(Options.SectionName).Get<Options>() ?? new Options();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, token) =>
            {
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)
                    ? ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : "60";
                if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    await response.WriteAsJsonAsync(new { error = "搜索太频繁了，请稍等一分钟再试。" }, token);
                }
                else
                {
                    response.ContentType = "text/html; charset=utf-8";
                    await response.WriteAsync(
                        "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">" +
                        "<title>请稍等 - 催收应对知识库</title><p style=\"font:18px/1.6 sans-serif;margin:2em\">搜索太频繁了，请稍等一分钟再试。文章页面可以照常打开：<a href=\"/\">返回首页</a>。<br>" +
                        "如果有人正在威胁你或强行进门，请立即拨打 <a href=\"tel:110\">110</a>。</p></html>", token);
                }
            };
            limiter.AddPolicy(PolicyName, context => options.SearchPermitsPerMinute <= 0
                ? RateLimitPartition.GetNoLimiter("all")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.SearchPermitsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
        });
        return services;
    }
}
