using System.Net;

namespace DebtHelp.Web.Pages.Report;

public static class ReportSetup
{
    public static IServiceCollection AddMistakeReports(this IServiceCollection services) => services.AddSingleton<MistakeReports>();

    /// <summary>What readers reported, for the writers; only for Internal:AllowedNetworks, like /internal/search-gaps.</summary>
    public static IEndpointRouteBuilder MapMistakeReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/internal/mistake-reports", (MistakeReports reports) =>
            Results.Ok(reports.Counts().Select(r => new { article = r.Article, reason = r.Reason, count = r.Count })));
        return app;
    }
}
