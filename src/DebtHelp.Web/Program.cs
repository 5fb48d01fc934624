using DebtHelp.Web.Chinese;
using DebtHelp.Web.Commands;
using DebtHelp.Web.Feedback;
using DebtHelp.Web.Feeds;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Pages.Report;
using DebtHelp.Web.Pages.Letters;
using DebtHelp.Web.Operations;
using DebtHelp.Web.Site;

// The command-line verbs (check-content, search) run without the web host.
if (CommandLine.TryRun(args, Console.Out, out var exitCode))
{
    return exitCode;
}

var buildIndex = args.Length > 0 && args[0] == BuildIndexCommand.Name;
// The app's own folder, not the current directory: a service started from elsewhere still finds its settings,
// wwwroot and shipped content (newcomer trial, problem 4).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = buildIndex ? args[1..] : args, ContentRootPath = AppFolder.ContentRoot() });

// Logging: Serilog from appsettings, one logger per host, and what the request log writes (RequestLog).
builder.AddSiteLogging();
// Operations: public address, trusted proxies, private paths, connection limits, metrics.
builder.AddOperations();
// Kestrel: request limits and the socket scheduling switch (Kestrel:InlineScheduling).
builder.AddKestrelTuning();
// The knowledge base: content options, the snapshot holder, the background loader and reloader.
builder.Services.AddKnowledgeBase();
// The web shell: Razor Pages, Chinese text in HTML, compression, lower-case links.
builder.Services.AddSitePages();
// Output cache, opt-in per page, keyed by the snapshot a request reads.
builder.Services.AddPageCaching();
// A budget of searches per client and minute (RateLimiting:SearchPermitsPerMinute).
builder.Services.AddSearchRateLimiting();
// /healthz: ready once the first snapshot is loaded.
builder.Services.AddSiteHealthChecks();
// "Was this helpful?": per-article counts in their own SQLite file, a budget of answers per address.
builder.Services.AddFeedback();
// Readers' mistake reports: article and a fixed-list reason, counted in memory.
builder.Services.AddMistakeReports();

var app = builder.Build();
if (buildIndex)
{
    var code = await BuildIndexCommand.RunAsync(app.Services, Console.Out);
    await app.DisposeAsync(); // flushes the log
    return code;
}

// Reading the index is most of a start: begin it now, while the pipeline is put together and Kestrel starts (when
// the loader runs in this host at all: a test host may leave it out).
if (app.Services.GetServices<IHostedService>().OfType<KnowledgeBaseService>().FirstOrDefault() is { } loader)
{
    loader.BeginFirstLoad();
}

// The reader's real address from a trusted proxy, then /internal and /metrics closed to everyone not allowed.
app.UseOperations();
// 繁體 reading mode: /zh-hant/... is the same page with the prefix as path base (links generated under it).
app.UsePathBase(TraditionalChinese.Prefix);
// Hong Kong forms: /zh-hk/... the same way.
app.UsePathBase(ChineseScript.HongKong.Prefix);
// Routing after the path base, so endpoints, the cache key and the rate limits see the ordinary page.
app.UseRouting();
app.UseSecurityHeaders();
// 400 for a raw CR in the request target; 405 with Allow for any method but GET/HEAD (and POST on /letters).
app.UseRawTargetCheck();
app.UseAllowedMethods();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
}

app.UseStatusCodePagesWithReExecute("/status/{0}");
// Compression for what is answered out here (files, notices); it leaves an answer already compressed alone.
app.UseResponseCompression();
app.UseSiteStaticFiles();
app.UseSiteRequestLogging();
// 503 with a notice until the first snapshot is loaded.
app.UseLoadingGate();
app.UseRateLimiter();
// The letter form read once, under its body cap (413 above it).
app.UseLetterPostLimits();
app.UseOutputCache();
// Compression inside the cache: a cached page is stored compressed, once per encoding, and a hit replays the
// bytes instead of compressing the page again (Site/PageCaching varies the entry by the encoding chosen here).
app.UseResponseCompression();

app.MapSiteHealthChecks();
app.MapSearchApi();
app.MapFeeds();
app.MapFeedback();
app.MapMistakeReports();
app.MapRazorPages();

app.Run();
return 0;

/// <summary>Entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
