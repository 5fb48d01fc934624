using System.Net;

namespace DebtHelp.Web.Pages.Report;

public static class ReportSetup
{
    public static IServiceCollection AddMistakeReports(this IServiceCollection services) => services.AddSingleton<MistakeReports>();

    /// <summary>What readers reported, for the writers; answered only on the machine itself (like /internal/search-gaps).</summary>
    public static IEndpointRouteBuilder MapMistakeReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/internal/mistake-reports", (HttpContext context, MistakeReports reports) =>
            context.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip)
                ? Results.Ok(reports.Counts().Select(r => new { article = r.Article, reason = r.Reason, count = r.Count }))
                : Results.NotFound());
        return app;
    }
}
