using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DebtHelp.Web.KnowledgeBase;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;

namespace DebtHelp.Web.Infrastructure;

public static class WebSetup
{
    public static WebApplicationBuilder AddSiteWeb(this WebApplicationBuilder builder)
    {
        // Requests on the socket threads instead of the thread pool. Off by default: on a fresh 2-core machine the
        // A/B in the load benchmark (docs/benchmarks/load.md) had it slower for cached pages, and anything that
        // ever blocks on a socket thread would stall every connection. "Kestrel:InlineScheduling": true turns it on
        // (with the runtime's inline socket completions, unless the environment sets those itself).
        var inline = builder.Configuration.GetValue("Kestrel:InlineScheduling", false);
        builder.WebHost.UseSockets(o => o.UnsafePreferInlineScheduling = inline);
        if (inline && Environment.GetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS") is null)
        {
            Environment.SetEnvironmentVariable("DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS", "1");
        }

        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Limits.MaxRequestLineSize = 16 * 1024;
            o.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        var services = builder.Services;
        services.AddRazorPages();
        // Chinese text written as characters, not &#x...; entities (smaller pages, readable source).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/atom+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddPageCaching();
        services.AddSearchRateLimiting(builder.Configuration);
        return builder;
    }

    public static WebApplication UseSite(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseResponseCompression();
        // Every file in wwwroot has an extension; page addresses never do, so they skip the file-system probe.
        app.UseWhen(context => Path.HasExtension(context.Request.Path.Value), files => files.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
                ctx.Context.Response.Headers.CacheControl = ctx.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600",
        }));
        app.UseSiteRequestLogging();
        app.UseLoadingGate();
        app.UseRateLimiter();
        app.UsePageValidators();
        app.UseOutputCache();
        return app;
    }

    /// <summary>Until the first index is loaded, pages answer 503 with a short notice in the reader's script and Retry-After.</summary>
    private static void UseLoadingGate(this WebApplication app)
    {
        var holder = app.Services.GetRequiredService<KnowledgeBaseHolder>();
        app.Use(async (context, next) =>
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
