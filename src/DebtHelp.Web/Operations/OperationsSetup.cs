using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace DebtHelp.Web.Operations;

/// <summary>
/// What an operator needs around the site: the public address, trusted proxies, connection limits, the private
/// paths, a readiness check and metrics. Every setting is listed in docs/operations.md.
/// </summary>
public static class OperationsSetup
{
    /// <summary>The tag of Site/SiteHealthChecks' readiness endpoints (/healthz, /healthz/ready).</summary>
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // These three shape the server and the pipeline before the host exists: read and checked here, failing the
        // start with the setting's name when a value is wrong.
        var proxies = Bind<TrustedProxyOptions>(configuration, TrustedProxyOptions.SectionName);
        var access = Bind<InternalAccessOptions>(configuration, InternalAccessOptions.SectionName);
        var limits = Bind<ServerLimitsOptions>(configuration, ServerLimitsOptions.SectionName);
        services.AddSingleton(proxies);
        services.AddSingleton(new InternalAccess(access));
        services.AddTrustedProxies(proxies);

        var descriptorLimit = DescriptorLimit.Current();
        var connections = DescriptorLimit.FitConnections(limits.MaxConnections, descriptorLimit, DescriptorLimit.Open(), limits.ReservedDescriptors);
        services.AddSingleton(new ServerLimitsReport(limits, connections, descriptorLimit));
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.Limits.MaxConcurrentConnections = connections;
            o.Limits.MaxConcurrentUpgradedConnections = connections;
            o.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(limits.KeepAliveTimeoutSeconds);
            o.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(limits.RequestHeadersTimeoutSeconds);
        });

        services.AddHealthChecks().AddCheck<StaticFilesHealthCheck>("static files", tags: [ReadyTag]);
        if (access.AllowedNetworks.Count > 0)
        {
            // Collected only when someone may read them: the per-request HTTP histograms cost CPU on every request.
            services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting", Telemetry.SiteMetrics.MeterName)
                .AddPrometheusExporter());
        }

        services.AddHostedService<OperationsStartupLog>();
        return builder;
    }

    /// <summary>First in the pipeline: the client's real address, then the private paths closed to everyone else.</summary>
    public static WebApplication UseOperations(this WebApplication app)
    {
        app.UseTrustedProxies(app.Services.GetRequiredService<TrustedProxyOptions>());
        var access = app.Services.GetRequiredService<InternalAccess>();
        app.Use((context, next) =>
        {
            if (InternalAccess.IsInternalPath(context.Request.Path) && !(access.Enabled && access.Allows(context)))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
        if (access.Enabled)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Request.Path == InternalAccess.MetricsPath);
        }

        return app;
    }

    private static T Bind<T>(ConfigurationManager configuration, string section)
        where T : new()
    {
        var value = configuration.GetSection(section).Get<T>() ?? new T();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
        {
            throw new OptionsValidationException(section, typeof(T), results.Select(r => $"{section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
        }

        return value;
    }
}
