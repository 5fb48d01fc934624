namespace DebtHelp.Web.Operations;

/// <summary>Where the site's own files are: settings, wwwroot and the shipped content.</summary>
public static class AppFolder
{
    /// <summary>
    /// The folder of the binaries when it holds the published site (appsettings.json beside the dll); null keeps the
    /// framework's default, the current directory, for <c>dotnet run</c> and the test host, which point at the project.
    /// </summary>
    public static string? ContentRoot()
    {
        var folder = AppContext.BaseDirectory;
        return File.Exists(Path.Combine(folder, "appsettings.json")) && Directory.Exists(Path.Combine(folder, "wwwroot")) ? folder : null;
    }
}
