using DebtHelp.Web.KnowledgeBase;

namespace DebtHelp.Web.Site;

public static class LoadingGate
{
    /// <summary>Until the first snapshot is loaded, pages answer 503 with a short notice in the reader's script and Retry-After.</summary>
    public static IApplicationBuilder UseLoadingGate(this IApplicationBuilder app)
    {
        var holder = app.ApplicationServices.GetRequiredService<KnowledgeBaseHolder>();
        return app.Use(async (context, next) =>
        {
            if (holder.IsReady || context.Request.Path.StartsWithSegments("/healthz") || context.Request.Path.StartsWithSegments("/css"))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "2";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(NoticePages.LoadingPage(context));
        });
    }
}
