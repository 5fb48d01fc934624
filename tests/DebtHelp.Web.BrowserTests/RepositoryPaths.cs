namespace DebtHelp.Web.BrowserTests;

public static class RepositoryPaths
{
    /// <summary>The folder holding DebtHelp.sln, found by walking up from the test binaries.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DebtHelp.sln")) && File.Exists(Path.Combine(dir.FullName, "content", "topics.yml")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("could not find DebtHelp.sln with content/ above " + AppContext.BaseDirectory);
        }
    }

    public static string Content => Path.Combine(Root, "content");
}
