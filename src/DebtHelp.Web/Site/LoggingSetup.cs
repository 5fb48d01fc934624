using System.Globalization;
using System.Text;
using Serilog;
using Serilog.Events;

namespace DebtHelp.Web.Site;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from the "Serilog" section of appsettings. No static bootstrap logger: hosts started in parallel
    /// (the tests) would fight over it ("The logger is already frozen").
    /// </summary>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: each host logs through its own logger, never the process-wide Log.Logger, so
        // hosts running side by side (the tests) cannot write into each other's sinks.
        builder.Services.AddSerilog(
            (services, configuration) => configuration
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        // What the request log writes (UseSiteRequestLogging).
        builder.Services.AddOptions<RequestLogOptions>().BindConfiguration(RequestLogOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// A line per request that needs a look (errors, 4xx, slow ones), or per request with
    /// <c>RequestLog:EveryRequest</c>, with its timing. The path only: query strings can hold what a reader typed,
    /// and no client address is recorded.
    /// </summary>
    public static IApplicationBuilder UseSiteRequestLogging(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestLogOptions>>().Value;
        var success = settings.EveryRequest ? LogEventLevel.Information : LogEventLevel.Debug;
        var slow = settings.SlowMilliseconds;
        return app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger: the static Log.Logger is deliberately left alone (see AddSiteLogging).
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // Kestrel decodes %0D%0A and %1B in the path: logged as they are, they forge whole log lines and send
            // escape sequences to whoever tails the log. Logged escaped instead (\u000D).
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(Escape(context.Request.Method))),
                new LogEventProperty("RequestPath", new ScalarValue(Escape(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            // A 503 is the site's own "still loading" answer (an unhandled fault is a 500), so it is a warning,
            // and health probes stay quiet whatever they get; only faults are errors.
            options.GetLevel = (context, elapsed, exception) =>
                exception is not null ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/healthz") ? LogEventLevel.Verbose
                : context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable ? LogEventLevel.Warning
                : context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : elapsed >= slow ? LogEventLevel.Warning
                : context.Response.StatusCode >= 400 ? LogEventLevel.Information
                : success;
        });
    }

    /// <summary>Control, format (bidi overrides, zero-width) and line-separator characters written as \uXXXX.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(NeedsEscape))
        {
            return text ?? "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (NeedsEscape(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
