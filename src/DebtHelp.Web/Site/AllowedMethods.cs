namespace DebtHelp.Web.Site;

/// <summary>
/// The site reads pages (GET, HEAD) and takes three forms (POST /letters, /report and an article's /feedback); every other method gets a short 405 with
/// Allow before routing, so no page ever runs without its handler (TRACE used to throw in the page) and a flood of
/// odd methods costs a few bytes, not a stack trace. OPTIONS answers 204 with the same Allow.
/// </summary>
public static class AllowedMethods
{
    private const string Read = "GET, HEAD, OPTIONS";
    private const string ReadAndPost = "GET, HEAD, POST, OPTIONS";

    public static IApplicationBuilder UseAllowedMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            {
                return next(context);
            }

            var takesPost = TakesPost(context.Request.Path);
            if (takesPost && HttpMethods.IsPost(method))
            {
                return next(context);
            }

            var response = context.Response;
            response.Headers.Allow = takesPost ? ReadAndPost : Read;
            response.Headers.CacheControl = "no-store";
            response.StatusCode = HttpMethods.IsOptions(method) ? StatusCodes.Status204NoContent : StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        });

    /// <summary>The three forms: the letter builder, the mistake report and "was this helpful" under each article.</summary>
    private static bool TakesPost(PathString path) =>
        path.StartsWithSegments("/letters", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/report", StringComparison.OrdinalIgnoreCase)
        || (path.StartsWithSegments("/articles", StringComparison.OrdinalIgnoreCase) && path.Value!.EndsWith("/feedback", StringComparison.OrdinalIgnoreCase));
}
