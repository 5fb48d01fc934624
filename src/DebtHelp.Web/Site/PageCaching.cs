using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace DebtHelp.Web.Site;

/// <summary>
/// Pages that are pure functions of the content snapshot and the URL opt in with
/// <c>[OutputCache(PolicyName = PageCaching.PolicyName)]</c> (or <c>CacheOutput</c> on an endpoint); nothing else is
/// cached. The snapshot a request reads is fixed when the request starts (a scoped service, see KnowledgeBaseSetup), and the
/// cache key, the body and the ETag all come from that one snapshot: an entry rendered from an old snapshot can never
/// answer for a new one, and a browser's revalidation is answered by the cache from the ETag it stored.
/// </summary>
public static class PageCaching
{
    public const string PolicyName = "content";

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.MaximumBodySize = 512 * 1024;
            // Entries of old snapshots are never asked for again; expiry only frees their memory.
            options.DefaultExpirationTimeSpan = TimeSpan.FromHours(1);
            options.AddPolicy(PolicyName, new SnapshotPolicy());
        });
        return services;
    }

    private sealed class SnapshotPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var request = context.HttpContext.Request;
            var attempt = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && !request.Headers.ContainsKey(HeaderNames.Authorization);
            context.EnableOutputCaching = true;
            context.AllowCacheLookup = attempt;
            context.AllowCacheStorage = attempt;
            context.AllowLocking = true;
            // No page depends on the Host header (absolute URLs come from Site:PublicBaseUrl), so a random Host cannot
            // fill the cache with copies (reliability probe D11).
            context.CacheVaryByRules.VaryByHost = false;
            var snapshot = Snapshot(context);
            context.CacheVaryByRules.CacheKeyPrefix = snapshot.ContentHash;
            // Pages are stored compressed (the compression runs inside the cache): one entry per encoding the
            // compression would choose for this request, asked of the compression itself so the two never disagree.
            context.CacheVaryByRules.VaryByValues["encoding"] = Encoding(context.HttpContext);
            // Set before rendering, so the cache stores the ETag with the body and answers If-None-Match from it;
            // taken off again if the answer turns out not to be a page (404, error).
            var response = context.HttpContext.Response;
            response.Headers.ETag = snapshot.ETag;
            response.Headers.CacheControl = "public, max-age=300";
            response.OnStarting(static state =>
            {
                var response = (HttpResponse)state;
                if (response.StatusCode != StatusCodes.Status200OK && response.StatusCode != StatusCodes.Status304NotModified)
                {
                    response.Headers.Remove(HeaderNames.ETag);
                    response.Headers.Remove(HeaderNames.CacheControl);
                }

                return Task.CompletedTask;
            }, response);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }

        private static string Encoding(HttpContext context)
        {
            var compression = context.RequestServices.GetRequiredService<IResponseCompressionProvider>();
            return compression.CheckRequestAcceptsCompression(context)
                ? compression.GetCompressionProvider(context)?.EncodingName ?? "identity"
                : "identity";
        }

        private static KnowledgeBaseSnapshot Snapshot(OutputCacheContext context) =>
            context.HttpContext.RequestServices.GetRequiredService<KnowledgeBaseSnapshot>();
    }
}
