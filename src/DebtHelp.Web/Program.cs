using DebtHelp.Web.Articles;
using DebtHelp.Web.Feeds;
using DebtHelp.Web.Infrastructure;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Operations;
using DebtHelp.Web.Search;

if (args.Length > 0 && args[0] == ContentCheckCommand.Name)
{
    return ContentCheckCommand.Run(args[1..], Console.Out);
}

if (args.Length > 0 && args[0] == SearchCommand.Name)
{
    return SearchCommand.Run(args[1..], Console.Out);
}

var buildIndex = args.Length > 0 && args[0] == BuildIndexCommand.Name;
// The app's own folder, not the current directory: a service started from elsewhere still finds its settings,
// wwwroot and shipped content (newcomer trial, problem 4).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = buildIndex ? args[1..] : args, ContentRootPath = AppFolder.ContentRoot() });

builder.AddSiteLogging();
builder.AddOperations();
builder.Services.AddKnowledgeBase();
builder.AddSiteWeb();

var app = builder.Build();
if (buildIndex)
{
    var code = await BuildIndexCommand.RunAsync(app.Services, Console.Out);
    await app.DisposeAsync(); // flushes the log
    return code;
}

app.UseOperations();
app.UseTraditionalChineseAndFeeds();
app.UseSite();
app.MapKnowledgeBaseEndpoints();
app.MapOperations();
app.MapRazorPages();

app.Run();
return 0;

/// <summary>Entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
