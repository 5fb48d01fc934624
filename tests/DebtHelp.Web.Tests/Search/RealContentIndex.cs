using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;

namespace DebtHelp.Web.Tests.Search;

/// <summary>The real content/ folder, indexed once per test run into a temp file.</summary>
public sealed class RealContentIndex : IDisposable
{
    private readonly string _folder = TempFolder.Create();

    public RealContentIndex()
    {
        Content = ContentLoader.Load(TestPaths.RealContent, new ContentOptions(), DateOnly.FromDateTime(DateTime.Today));
        var path = Path.Combine(_folder, IndexBuilder.FileNameFor(Content.Hash));
        IndexBuilder.Build(Content, path);
        Snapshot = SnapshotLoader.Load(path, Content.Hash, Content.Synonyms);
        IndexPath = path;
    }

    public ContentSet Content { get; }

    public KnowledgeBaseSnapshot Snapshot { get; }

    public string IndexPath { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempFolder.TryDelete(_folder);
    }
}
