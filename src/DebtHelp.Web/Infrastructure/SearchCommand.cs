using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.Infrastructure;

/// <summary>
/// <c>dotnet run --project src/DebtHelp.Web -- search "问题" ["问题" ...]</c>: shows what search answers for a
/// question and how the query was understood, so a writer can see why an article does or does not come up.
/// </summary>
public static class SearchCommand
{
    public const string Name = "search";

    public static int Run(string[] questions, TextWriter output, string? contentRoot = null)
    {
        var options = new ContentOptions { RootPath = contentRoot ?? "" };
        var root = options.ResolveRoot(Directory.GetCurrentDirectory());
        var content = ContentLoader.Load(root, options, DateOnly.FromDateTime(DateTime.Now));
        var folder = Path.Combine(Path.GetTempPath(), "debthelp-search-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, IndexBuilder.FileNameFor(content.Hash));
        try
        {
            IndexBuilder.Build(content, path);
            var snapshot = SnapshotLoader.Load(path, content.Hash, content.Synonyms);
            foreach (var question in questions)
            {
                var analyzed = QueryAnalyzer.Analyze(question, content.Synonyms);
                output.WriteLine($"» {question}");
                output.WriteLine($"  understood as: {string.Join(" + ", analyzed.Concepts.Select(c => c.FromSynonym ? "[" + c.Display + "]" : c.Display))}");
                var outcome = SearchService.Search(snapshot, question, 5);
                var asks = QuestionExtractor.Asks(question);
                output.WriteLine($"  confidence: {outcome.Confidence}{(outcome.Crisis ? ", crisis" : "")}{(UrgencyDetector.IsHappeningNow(question) ? ", happening now" : "")}{(asks.Count > 0 ? ", asks: " + string.Join(" | ", asks) : "")}");
                foreach (var hit in outcome.Hits)
                {
                    output.WriteLine($"  {hit.Score,9:0.00}  {hit.Article.Slug}  {hit.SectionHeading}");
                }
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }
}
