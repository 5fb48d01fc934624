using System.Net;
using System.Threading.RateLimiting;
using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Site;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace DebtHelp.Web.Feedback;

/// <summary>
/// "Was this helpful?" at the end of each article: a plain form (no JavaScript), counted per article in
/// <see cref="FeedbackStore"/>, answered with a redirect back to the article's thank-you anchor, and a writers' view
/// beside the search gaps.
/// </summary>
public static class FeedbackSetup
{
    public const string PostEndpointName = "ArticleFeedback";

    /// <summary>The id of the thank-you note on the article page, shown by CSS when it is the target of the address.</summary>
    public const string ThanksAnchor = "feedback-thanks";

    private const int MaxFormBytes = 4_096;

    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var environment = sp.GetRequiredService<IWebHostEnvironment>();
            var options = sp.GetRequiredService<IOptions<FeedbackOptions>>().Value;
            var path = string.IsNullOrWhiteSpace(options.DatabasePath)
                ? Path.Combine(sp.GetRequiredService<IOptions<IndexOptions>>().Value.ResolveDirectory(environment.ContentRootPath), "feedback.db")
                : Path.GetFullPath(options.DatabasePath, environment.ContentRootPath);
            var content = sp.GetRequiredService<IOptions<ContentOptions>>().Value.ResolveRoot(environment.ContentRootPath);
            if (Path.GetFullPath(path).StartsWith(Path.GetFullPath(content).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new OptionsValidationException(FeedbackOptions.SectionName, typeof(FeedbackOptions),
                    [$"Feedback:DatabasePath {path} is inside the content folder {content}; the site never writes there. Point it elsewhere."]);
            }

            return new FeedbackStore(path);
        });
        // One small fixed-window budget per client address; the address is the partition key in memory, never stored.
        services.AddSingleton(sp =>
        {
            var permits = sp.GetRequiredService<IOptions<FeedbackOptions>>().Value.PostsPerMinute;
            return PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapFeedback(this IEndpointRouteBuilder app)
    {
        app.MapPost("/articles/{slug}/feedback", PostAsync).WithName(PostEndpointName).CacheOutput(policy => policy.NoCache());

        // Next to /internal/search-gaps, under the same rule: answered only on the machine itself.
        app.MapGet("/internal/feedback", (HttpContext context, FeedbackStore store, KnowledgeBaseHolder holder) =>
            context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip)
                ? Results.Ok(Summary(store, holder))
                : Results.NotFound());
        return app;
    }

    private static async Task<IResult> PostAsync(HttpContext context, string slug, KnowledgeBaseHolder holder, FeedbackStore store, PartitionedRateLimiter<string> limiter)
    {
        context.Response.Headers.CacheControl = "no-store";
        // A refusal is answered here: re-executing the status page would run it as a POST.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        if (holder.Current is not { } snapshot || !snapshot.BySlug.ContainsKey(slug))
        {
            return Results.Text("找不到这篇文章。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        if (!context.Request.HasFormContentType || context.Request.ContentLength is null or > MaxFormBytes)
        {
            return Results.Text("这个回答无法识别。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        using var lease = limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (!lease.IsAcquired)
        {
            return Results.Content(TooManyPage(context, slug), "text/html; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
        }

        var form = await context.Request.ReadFormAsync();
        string[] answers = form["helpful"].ToString() switch
        {
            "yes" => [FeedbackStore.Helpful],
            "no" => [FeedbackStore.NotHelpful, .. MissingPart.All.Where(p => form["missing"].Contains(p.Code)).Select(p => FeedbackStore.MissingPrefix + p.Code)],
            _ => [],
        };
        if (answers.Length == 0)
        {
            return Results.Text("这个回答无法识别。", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        await store.RecordAsync(slug, answers);
        // Post/Redirect/Get: back to the (cached) article, at the note that thanks the reader.
        context.Response.Headers.Location = ArticleAddress(context, slug) + "#" + ThanksAnchor;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static string ArticleAddress(HttpContext context, string slug) => context.Request.PathBase + "/articles/" + slug;

    private static string TooManyPage(HttpContext context, string slug)
    {
        var script = TraditionalChinese.Script(context);
        var html = $"<!doctype html><html lang=\"{script.Lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<meta name=\"robots\" content=\"noindex\"><title>谢谢，已经收到了</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\">"
            + "<h1>谢谢，已经收到了</h1><p class=\"lead\">这个网络刚刚已经回答过好几次，这次就不再计数了。</p>"
            + $"<p><a href=\"{ArticleAddress(context, slug)}\">回到文章</a></p></main></body></html>";
        return script.IsConverted ? script.Convert(html) : html;
    }

    /// <summary>Per article: how many found it helpful, how many not, and what the latter said was missing; least helpful first.</summary>
    private static List<ArticleFeedback> Summary(FeedbackStore store, KnowledgeBaseHolder holder) =>
        store.Counts().GroupBy(c => c.Slug).Select(g => new ArticleFeedback(
            g.Key,
            holder.Current?.BySlug.GetValueOrDefault(g.Key)?.Title,
            g.Where(c => c.Answer == FeedbackStore.Helpful).Sum(c => c.Count),
            g.Where(c => c.Answer == FeedbackStore.NotHelpful).Sum(c => c.Count),
            g.Where(c => c.Answer.StartsWith(FeedbackStore.MissingPrefix, StringComparison.Ordinal))
                .ToDictionary(c => MissingPart.All.FirstOrDefault(p => FeedbackStore.MissingPrefix + p.Code == c.Answer)?.Label ?? c.Answer, c => c.Count)))
            .OrderByDescending(a => a.NotHelpful).ThenBy(a => a.Helpful).ToList();
}
