using System.Diagnostics;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.Site;

public static class SearchEndpoints
{
    /// <summary>Longer API queries are refused with a clear message; the page cuts them instead.</summary>
    public const int MaxApiQueryLength = 500;

    /// <summary>The log category of every search line, page and API alike (its level is set once in appsettings).</summary>
    public const string LogCategory = "DebtHelp.Search";

    /// <param name="Summary">The article's short answer, shown first.</param>
    /// <param name="Snippet">The passage that matched, shown second.</param>
    public sealed record ApiResult(string Slug, string Title, string Url, IReadOnlyList<string> Topics, string Summary, string Snippet, double Score);

    /// <param name="Confidence">"high", "low" or "none": how sure search is that the first result answers the question.</param>
    /// <param name="Crisis">The message signals self-harm or despair: show the crisis help first.</param>
    /// <param name="Asks">A message with two asks: the best answer to each, in the order asked (empty otherwise).</param>
    /// <param name="Strain">No crisis, but the message speaks of a strain (stress, despair, no sleep): offer a quiet line of support.</param>
    public sealed record ApiResponse(string Query, string Confidence, bool Crisis, IReadOnlyList<ApiResult> Results, IReadOnlyList<ApiAsk> Asks, bool Strain);

    /// <summary>One ask found inside a longer message and the article that answers it best.</summary>
    public sealed record ApiAsk(string Ask, ApiResult Answer);

    public sealed record ApiError(string Error);

    /// <summary><c>/api/search</c> and the writers' list of questions that found nothing.</summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        // HEAD too: a client may check the address before it asks (the body is then left out).
        app.MapMethods("/api/search", [HttpMethods.Get, HttpMethods.Head], async (HttpContext context, KnowledgeBaseSnapshot snapshot, SearchGapLog gaps, ILoggerFactory loggers) =>
        {
            var query = context.Request.Query["q"];
            var limitText = context.Request.Query["limit"];
            if (query.Count != 1 || string.IsNullOrWhiteSpace(query[0]))
            {
                return Results.BadRequest(new ApiError("请提供一个查询参数 q，例如 /api/search?q=催收上门怎么办。"));
            }

            if (query[0]!.Length > MaxApiQueryLength)
            {
                return Results.BadRequest(new ApiError($"查询太长：请把问题控制在 {MaxApiQueryLength} 个字符以内。"));
            }

            var limit = SearchEngine.DefaultLimit;
            if (limitText.Count > 0 && (limitText.Count > 1 || !int.TryParse(limitText[0], out limit) || limit < 1 || limit > SearchEngine.MaxLimit))
            {
                return Results.BadRequest(new ApiError($"limit 必须是 1 到 {SearchEngine.MaxLimit} 之间的整数。"));
            }

            // Off the socket thread when requests run there: a search is the one request that takes real CPU.
            await KestrelTuning.LeaveSocketThreadAsync(context);
            context.Response.Headers.CacheControl = "private, max-age=60";
            var outcome = Run(snapshot, gaps, loggers.CreateLogger(LogCategory), query[0], limit);
            return Results.Ok(new ApiResponse(outcome.Query, outcome.Confidence.ToString().ToLowerInvariant(), outcome.Crisis,
                outcome.Hits.Select(ToApi).ToList(), outcome.Answers.Select(a => new ApiAsk(a.Ask, ToApi(a.Hit))).ToList(), outcome.Strain));
        }).RequireRateLimiting(SearchRateLimiting.PolicyName);

        // Questions that found nothing, for the writers; only for Internal:AllowedNetworks (Operations/InternalAccess
        // answers 404 to everyone else before the request gets here).
        app.MapGet("/internal/search-gaps", (SearchGapLog gaps) => Results.Ok(gaps.TopWithDays().Select(g => new { query = g.Query, days = g.Days, count = g.Count })));
        return app;
    }

    private static ApiResult ToApi(SearchHit h) =>
        new(h.Article.Slug, h.Article.Title, SiteLinks.Article(h.Article.Slug, h.Anchor), h.Article.Topics, h.Article.Summary, h.SnippetText, h.Score);

    private static string ConfidenceName(SearchConfidence confidence) => confidence switch
    {
        SearchConfidence.High => "high",
        SearchConfidence.Low => "low",
        _ => "none",
    };

    /// <summary>Runs a search and logs its size and speed, never the raw text (masked by <see cref="QueryLogText"/>).</summary>
    /// <param name="unsureLimit">Results to make when the search is not sure (the page shows only the closest few then).</param>
    public static SearchOutcome Run(KnowledgeBaseSnapshot snapshot, SearchGapLog gaps, ILogger logger, string? query, int limit, int unsureLimit = int.MaxValue)
    {
        var stopwatch = Stopwatch.StartNew();
        var outcome = SearchEngine.Search(snapshot.Search, query, limit, unsureLimit);
        stopwatch.Stop();
        Telemetry.SiteMetrics.SearchDuration.Record(stopwatch.Elapsed.TotalSeconds);
        Telemetry.SiteMetrics.Searches.Add(1);
        Telemetry.SiteMetrics.SearchesByConfidence.Add(1, new KeyValuePair<string, object?>("confidence", ConfidenceName(outcome.Confidence)));
        if (outcome.Crisis)
        {
            Telemetry.SiteMetrics.CrisisSearches.Add(1);
        }

        if (outcome.Hits.Count == 0)
        {
            Telemetry.SiteMetrics.SearchesWithoutResult.Add(1);
        }

        // A gap for the writers: no article answers this with confidence (recorded masked, see SearchGapLog).
        if (outcome.Confidence != SearchConfidence.High && !string.IsNullOrWhiteSpace(outcome.Query))
        {
            gaps.Record(outcome.Query);
        }

        // Checked first: the shipped settings log this category at Warning, and the arguments cost an allocation each.
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Search of {QueryLength} chars found {ResultCount} results in {ElapsedMs:0.00} ms",
                query?.Length ?? 0, outcome.Hits.Count, stopwatch.Elapsed.TotalMilliseconds);
            if (outcome.Hits.Count == 0)
            {
                logger.LogInformation("Search found nothing for {MaskedQuery}", QueryLogText.Mask(query));
            }
        }

        return outcome;
    }
}
