using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/DebtHelp.Web -- check-content [folder]</c>: checks every content file and
/// exits non-zero when any has an error, printing the same file:line messages the site logs.
/// </summary>
public static class ContentCheckCommand
{
    public const string Name = "check-content";

    public static int Run(string[] args, TextWriter output)
    {
        var options = new ContentOptions { RootPath = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "" };
        var root = options.ResolveRoot(Directory.GetCurrentDirectory());
        var content = ContentLoader.Load(root, options, ChinaDate.Today(TimeProvider.System));
        // The same snapshot the site would serve: what passes here is what readers get.
        var snapshot = KnowledgeBase.SnapshotBuilder.Build(content, KnowledgeBase.IndexFile.FileNameFor(content.Hash));
        foreach (var problem in snapshot.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        var errors = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = snapshot.Problems.Count - errors;
        output.WriteLine($"checked {root}: {snapshot.Articles.Count} articles, {snapshot.Topics.Count} topics, {errors} errors, {warnings} warnings");
        return errors > 0 ? 1 : 0;
    }
}
