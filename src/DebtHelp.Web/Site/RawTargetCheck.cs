using Microsoft.AspNetCore.Http.Features;

namespace DebtHelp.Web.Site;

/// <summary>
/// Kestrel refuses a raw LF in the request line but lets a raw CR through (GET /a\rb), and that CR then reached the
/// log as a bare carriage return. No client sends one: such a request is answered 400 before anything else runs.
/// </summary>
public static class RawTargetCheck
{
    public static IApplicationBuilder UseRawTargetCheck(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Features.Get<IHttpRequestFeature>()?.RawTarget is { } target && target.Contains('\r', StringComparison.Ordinal))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            return next(context);
        });
}
