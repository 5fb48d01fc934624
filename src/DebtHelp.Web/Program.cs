using DebtHelp.Web.Articles;
using DebtHelp.Web.Feeds;
using DebtHelp.Web.Infrastructure;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Pages.Report;
using DebtHelp.Web.Search;

if (args.Length > 0 && args[0] == ContentCheckCommand.Name)
{
    return ContentCheckCommand.Run(args[1..], Console.Out);
}

if (args.Length > 0 && args[0] == SearchCommand.Name)
{
    return SearchCommand.Run(args[1..], Console.Out);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddSiteLogging();
builder.Services.AddKnowledgeBase();
builder.AddSiteWeb();
builder.Services.AddMistakeReports();

var app = builder.Build();

app.UseTraditionalChineseAndFeeds();
app.UseSite();
app.MapKnowledgeBaseEndpoints();
app.MapMistakeReports();
app.MapRazorPages();

app.Run();
return 0;

/// <summary>Entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
