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

    /// <summary>Letter posts: each one reads a form and writes a whole letter, so they get a budget too (reading the form does not).</summary>
    public const string LetterPolicyName = "letters";

    public sealed class Options
    {
        public const string SectionName = "RateLimiting";

        /// <summary>Searches per client per minute; 0 turns the limit off (used by the load benchmark).</summary>
        public int SearchPermitsPerMinute { get; set; } = 120;

        /// <summary>Letter posts per client per minute: a reader revising a letter posts a few times; 0 turns the limit off.</summary>
        public int LetterPostsPerMinute { get; set; } = 20;
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
            limiter.AddPolicy(PolicyName, context => options.SearchPermitsPerMinute <= 0
                ? RateLimitPartition.GetNoLimiter("all")
                : PerClient(context, options.SearchPermitsPerMinute));
            limiter.AddPolicy(LetterPolicyName, context => options.LetterPostsPerMinute <= 0 || !HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("all")
                : PerClient(context, options.LetterPostsPerMinute));
        });
        return services;
    }

    /// <summary>A one-minute window per client address (the address is only the key, in memory).</summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute)
    {
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        return RateLimitPartition.Get(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new WindowLimiter(permitsPerMinute, TimeSpan.FromMinutes(1), time));
    }
}
