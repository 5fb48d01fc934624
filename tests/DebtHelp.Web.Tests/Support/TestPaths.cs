namespace DebtHelp.Web.Tests.Support;

public static class TestPaths
{
    public static string FixtureContent => Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    /// <summary>The repository's real content folder (found by walking up from the test binaries).</summary>
    public static string RealContent
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (File.Exists(Path.Combine(candidate, "topics.yml")) && File.Exists(Path.Combine(dir.FullName, "DebtHelp.sln")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("could not find the repository's content/ folder above " + AppContext.BaseDirectory);
        }
    }

    public static string RepositoryRoot => Path.GetDirectoryName(RealContent)!;
}
