using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using DebtHelp.Web.Telemetry;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DebtHelp.Web.Site;

/// <summary>
/// Search is the one expensive thing a visitor can ask for at will, so each client address gets a budget of
/// searches per minute; pages stay unlimited. The address is used only as the partition key in memory.
/// </summary>
public static class SearchRateLimiting
{
    public const string PolicyName = "search";

    /// <summary>Letter posts: each one reads a form and writes a whole letter, so they get a budget too (reading the form does not).</summary>
    public const string LetterPolicyName = "letters";

    public static IServiceCollection AddSearchRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, token) =>
            {
                SiteMetrics.RateLimitRejections.Add(1);
                var response = context.HttpContext.Response;
                response.Headers.CacheControl = "no-store";
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
                response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (context.HttpContext.Request.Path.StartsWithSegments("/letters"))
                {
                    response.ContentType = "text/html; charset=utf-8";
                    await response.WriteAsync(NoticePages.TooManyLettersPage(context.HttpContext, seconds), token);
                }
                else if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    await response.WriteAsJsonAsync(new { error = NoticePages.TooManySearchesMessage(context.HttpContext, seconds) }, token);
                }
                else
                {
                    response.ContentType = "text/html; charset=utf-8";
                    await response.WriteAsync(NoticePages.TooManySearchesPage(context.HttpContext, seconds), token);
                }
            };
            limiter.AddPolicy(PolicyName, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.SearchPermitsPerMinute;
                return permits <= 0 ? RateLimitPartition.GetNoLimiter("all") : PerClient(context, permits);
            });
            limiter.AddPolicy(LetterPolicyName, context =>
            {
                var permits = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.LetterPostsPerMinute;
                return permits <= 0 || !HttpMethods.IsPost(context.Request.Method) ? RateLimitPartition.GetNoLimiter("all") : PerClient(context, permits);
            });
        });
        return services;
    }

    /// <summary>A one-minute window per reader (the address is only the key, in memory).</summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute)
    {
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        return RateLimitPartition.Get(ClientKey(context.Connection.RemoteIpAddress), _ => new WindowLimiter(permitsPerMinute, TimeSpan.FromMinutes(1), time));
    }

    /// <summary>
    /// The reader's address (behind a trusted proxy, the forwarded one: see Operations/TrustedProxies). IPv6 by /64:
    /// one household or phone gets a whole /64, so per-/128 buckets would be unlimited.
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }
}
