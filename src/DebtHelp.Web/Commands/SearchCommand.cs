using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.Commands;

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
        var content = ContentLoader.Load(root, options, ChinaDate.Today(TimeProvider.System));
        // In memory only: nothing is written, so there is nothing to clean up.
        var snapshot = SnapshotBuilder.Build(content, IndexFile.FileNameFor(content.Hash));
        {
            foreach (var question in questions)
            {
                var analyzed = QueryAnalyzer.Analyze(question, content.Synonyms);
                output.WriteLine($"» {question}");
                output.WriteLine($"  understood as: {string.Join(" + ", analyzed.Concepts.Select(c => c.FromSynonym ? "[" + c.Display + "]" : c.Display))}");
                var outcome = SearchEngine.Search(snapshot.Search, question, 5);
                var asks = QuestionExtractor.Asks(question);
                output.WriteLine($"  confidence: {outcome.Confidence}{(outcome.Crisis ? ", crisis" : "")}, {UrgencyDetector.Read(question)}{(asks.Count > 0 ? ", asks: " + string.Join(" | ", asks) : "")}");
                foreach (var hit in outcome.Hits)
                {
                    output.WriteLine($"  {hit.Score,9:0.00}  {hit.Article.Slug}  {hit.SectionHeading}");
                }
            }
        }

        return 0;
    }
}
