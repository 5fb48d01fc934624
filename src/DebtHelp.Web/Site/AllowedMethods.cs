namespace DebtHelp.Web.Site;

/// <summary>
/// The site reads pages (GET, HEAD) and takes one form (POST /letters); every other method gets a short 405 with
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

            var takesPost = context.Request.Path.StartsWithSegments("/letters", StringComparison.OrdinalIgnoreCase);
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
}
