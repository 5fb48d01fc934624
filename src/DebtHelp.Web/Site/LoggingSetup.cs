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
        return builder;
    }

    /// <summary>
    /// One line per request with its timing. The path only: query strings can hold what a reader typed,
    /// and no client address is recorded.
    /// </summary>
    public static IApplicationBuilder UseSiteRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger: the static Log.Logger is deliberately left alone (see AddSiteLogging).
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/healthz") ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });
}
