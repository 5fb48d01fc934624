using DebtHelp.Web.Chinese;
using DebtHelp.Web.Commands;
using DebtHelp.Web.Feedback;
using DebtHelp.Web.Feeds;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Pages.Report;
using DebtHelp.Web.Pages.Letters;
using DebtHelp.Web.Site;

// The command-line verbs (check-content, search) run without the web host.
if (CommandLine.TryRun(args, Console.Out, out var exitCode))
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

// Logging: Serilog from appsettings, one logger per host.
builder.AddSiteLogging();
// Kestrel: limits and the socket scheduling switch (Kestrel:InlineScheduling).
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
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseResponseCompression();
app.UseSiteStaticFiles();
app.UseSiteRequestLogging();
// 503 with a notice until the first snapshot is loaded.
app.UseLoadingGate();
app.UseRateLimiter();
// The letter form read once, under its body cap (413 above it).
app.UseLetterPostLimits();
app.UseOutputCache();

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
