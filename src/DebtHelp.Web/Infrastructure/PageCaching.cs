using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace DebtHelp.Web.Infrastructure;

/// <summary>
/// Pages are pure functions of the content snapshot and the URL, so they are rendered once and served from the
/// output cache until the content changes; browsers get an ETag (the content hash) and a 304 when nothing changed.
/// </summary>
public static class PageCaching
{
    public const string ContentTag = "content";

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.MaximumBodySize = 512 * 1024;
            options.DefaultExpirationTimeSpan = TimeSpan.FromHours(1);
            options.AddBasePolicy(policy => policy
                // Search results are not kept: their keys are whatever readers type (unbounded, and a reader's
                // words should not sit in the server's memory); a filling cache also spent its time compacting.
                .With(context => IsCacheablePage(context.HttpContext.Request) && !IsSearch(context.HttpContext.Request))
                .SetVaryByHost(true)
                .Tag(ContentTag));
        });
        return services;
    }

    /// <summary>Sends ETag and Cache-Control for pages and answers 304 when the reader already has this version.</summary>
    public static IApplicationBuilder UsePageValidators(this IApplicationBuilder app)
    {
        var holder = app.ApplicationServices.GetRequiredService<KnowledgeBaseHolder>();
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!IsCacheablePage(request) || holder.Current is not { } snapshot)
            {
                await next(context);
                return;
            }

            // The build is part of the tag too: a new release may render the same content differently.
            var etag = new EntityTagHeaderValue("\"" + snapshot.ContentHash[..20] + "\"");
            var search = IsSearch(request);
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    context.Response.Headers.ETag = etag.ToString();
                    context.Response.Headers.CacheControl = search ? "private, max-age=60" : "public, max-age=300";
                }

                return Task.CompletedTask;
            });

            if (request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags && tags.Any(t => t.Compare(etag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = etag.ToString();
                return;
            }

            await next(context);
        });
    }

    private static bool IsSearch(HttpRequest request) =>
        request.Path.StartsWithSegments("/search") || request.Path.StartsWithSegments("/api");

    private static bool IsCacheablePage(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Path.StartsWithSegments("/healthz")
        && !request.Path.StartsWithSegments("/internal")
        && !request.Path.StartsWithSegments("/letters")
        && !request.Path.StartsWithSegments("/status")
        && !request.Path.StartsWithSegments("/error")
        && !request.Path.StartsWithSegments("/css")
        && !request.Path.StartsWithSegments("/js")
        && !request.Headers.ContainsKey(HeaderNames.Authorization);
}
