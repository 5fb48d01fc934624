namespace DebtHelp.Web.Commands;

/// <summary>The verbs the program answers without starting the site.</summary>
public static class CommandLine
{
    public static bool TryRun(string[] args, TextWriter output, out int exitCode)
    {
        exitCode = args switch
        {
            [ContentCheckCommand.Name, .. var rest] => ContentCheckCommand.Run(rest, output),
            [SearchCommand.Name, .. var rest] => SearchCommand.Run(rest, output),
            _ => -1,
        };
        return exitCode != -1;
    }
}
