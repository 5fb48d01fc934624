using DebtHelp.Web.Site;
using Microsoft.AspNetCore.Http.Features;

namespace DebtHelp.Web.Pages.Letters;

/// <summary>
/// A letter post is at most 3 long fields of 3,000 characters and 14 short ones of 100, which a browser sends
/// as some 70 KB (a Chinese character is 9 bytes percent-encoded). The form is read here, once, under that cap:
/// a larger body gets a short 413 before anything is bound or echoed (it used to come back whole, up to Kestrel's
/// 30 MB, and 16 such posts at once took 1.1 GB).
/// </summary>
public static class LetterPostLimits
{
    public const int MaxBodyBytes = 128 * 1024;

    /// <summary>The 413 page; <paramref name="site"/> is the request's path base, so the way back keeps a 繁體 prefix.</summary>
    private static string TooLargePage(PathString site) =>
        "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        "<meta name=\"robots\" content=\"noindex\"><title>内容太长了 - " + SiteText.SiteName + "</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>" +
        "<body><main id=\"main\"><h1>填写的内容太长了</h1><p class=\"lead\">这封信没有生成：提交的内容超过了写信页面能处理的长度。" +
        "每个短的格子最多 100 个字，“发生了什么”“原因”“请求事项”各最多 3000 个字。请回到上一页删减后再试。</p>" +
        "<p><a href=\"" + site.Add("/letters") + "\">重新打开写信的页面</a></p></main></body></html>";

    public static IApplicationBuilder UseLetterPostLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsPost(request.Method) || !request.Path.StartsWithSegments("/letters", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = MaxBodyBytes;
            }

            if (request.ContentLength > MaxBodyBytes || !await TryReadFormAsync(request))
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.Headers.CacheControl = "no-store";
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(TooLargePage(request.PathBase));
                return;
            }

            await next(context);
        });

    /// <summary>Reads the form under the cap (the page then binds from it); false when the body is over it.</summary>
    private static async Task<bool> TryReadFormAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return true;
        }

        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            BufferBody = false,
            ValueCountLimit = 64,
            KeyLengthLimit = 64,
            ValueLengthLimit = MaxBodyBytes,
            MultipartBodyLengthLimit = MaxBodyBytes,
            MultipartHeadersLengthLimit = 4 * 1024,
        }));
        try
        {
            await request.ReadFormAsync();
            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return false;
        }
    }
}
