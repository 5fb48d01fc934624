using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;

namespace DebtHelp.Web.Site;

public static class SitePages
{
    /// <summary>Razor Pages, Chinese text written as characters, compression, lower-case generated links.</summary>
    public static IServiceCollection AddSitePages(this IServiceCollection services)
    {
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
        services.AddSingleton<SearchGapLog>();
        return services;
    }

    /// <summary>
    /// wwwroot. Every file there has an extension and page addresses never do, so pages skip the file-system probe.
    /// A versioned address (?v=) never changes and is cached for a year.
    /// </summary>
    public static IApplicationBuilder UseSiteStaticFiles(this IApplicationBuilder app) =>
        app.UseWhen(context => Path.HasExtension(context.Request.Path.Value), files => files.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
                ctx.Context.Response.Headers.CacheControl = ctx.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=3600",
        }));
}
