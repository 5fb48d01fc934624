using DebtHelp.Web.Operations;
using Microsoft.Extensions.Options;

namespace DebtHelp.Web.Site;

public static class SecurityHeaders
{
    /// <summary>Nothing loads from another host, no inline script, no framing, no referrer leaves the site.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>
    /// Also HSTS when the public address is https, whatever the request came in as: behind a TLS-terminating proxy
    /// the site itself only ever sees http (reliability probe D15).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var site = app.ApplicationServices.GetRequiredService<IOptions<SiteOptions>>().Value;
        string? hsts = site.IsHttps && site.HstsMaxAgeDays > 0
            ? "max-age=" + (site.HstsMaxAgeDays * 86_400L).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : null;
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var (response, hsts) = ((HttpResponse, string?))state;
                var headers = response.Headers;
                if (hsts is not null)
                {
                    headers.StrictTransportSecurity = hsts;
                }

                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                // interest-cohort (FLoC) is gone from browsers, and naming it now only draws console warnings.
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.Remove("Server");
                headers.Remove("X-Powered-By");
                return Task.CompletedTask;
            }, (context.Response, hsts));
            await next(context);
        });
    }
}
