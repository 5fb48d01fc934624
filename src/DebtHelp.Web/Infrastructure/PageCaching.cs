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
                // Pages do not depend on the Host header (absolute URLs come from Site:PublicBaseUrl), so a random
                // Host cannot fill the cache with copies (probe D11).
                .SetVaryByHost(false)
                .Tag(ContentTag));
        });
        return services;
    }

    /// <summary>Sends ETag and Cache-Control for pages and answers 304 when the reader already has this version.</summary>
    public static IApplicationBuilder UsePageValidators(this IApplicationBuilder app)
    {
        var holder = app.ApplicationServices.GetRequiredService<KnowledgeBaseHolder>();
        Validator? current = null;
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!IsCacheablePage(request) || holder.Current is not { } snapshot)
            {
                await next(context);
                return;
            }

            // One validator per snapshot, made once: this runs on every page request, cache hits included.
            var validator = current;
            if (validator is null || !ReferenceEquals(validator.Snapshot, snapshot))
            {
                current = validator = new Validator(snapshot);
            }

            context.Response.OnStarting(static state =>
            {
                var (response, validator, search) = ((HttpResponse, Validator, bool))state;
                if (response.StatusCode == StatusCodes.Status200OK)
                {
                    response.Headers.ETag = validator.Header;
                    response.Headers.CacheControl = search ? "private, max-age=60" : "public, max-age=300";
                }

                return Task.CompletedTask;
            }, (context.Response, validator, IsSearch(request)));

            if (request.Headers.IfNoneMatch.Count > 0
                && request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags
                && tags.Any(t => t.Compare(validator.Tag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = validator.Header;
                return;
            }

            await next(context);
        });
    }

    /// <summary>The entity tag of one snapshot. The build is part of the hash too: a new release may render the same content differently.</summary>
    private sealed class Validator(KnowledgeBaseSnapshot snapshot)
    {
        public KnowledgeBaseSnapshot Snapshot { get; } = snapshot;
        public EntityTagHeaderValue Tag { get; } = new("\"" + snapshot.ContentHash[..20] + "\"");
        public string Header => Tag.Tag.Value!;
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
