using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Infrastructure;

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
        var content = ContentLoader.Load(root, options, DateOnly.FromDateTime(DateTime.Now));
        foreach (var problem in content.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        var errors = content.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = content.Problems.Count - errors;
        output.WriteLine($"checked {root}: {content.Articles.Count} articles, {content.Topics.Count} topics, {errors} errors, {warnings} warnings");
        return errors > 0 ? 1 : 0;
    }
}
