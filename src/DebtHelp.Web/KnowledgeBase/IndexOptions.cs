namespace DebtHelp.Web.KnowledgeBase;

public sealed class IndexOptions
{
    public const string SectionName = "Index";

    /// <summary>Folder for the SQLite index files. Empty means <c>App_Data</c> under the app's content root.</summary>
    public string Directory { get; set; } = "";

    public string ResolveDirectory(string contentRootPath) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(Directory) ? "App_Data" : Directory, contentRootPath);
}
