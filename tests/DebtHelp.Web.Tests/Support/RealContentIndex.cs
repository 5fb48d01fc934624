using DebtHelp.Web.Articles;
using DebtHelp.Web.KnowledgeBase;

namespace DebtHelp.Web.Tests.Support;

/// <summary>The real content/ folder, made into a snapshot once per test run (and stored in a temp file).</summary>
public sealed class RealContentIndex : IDisposable
{
    private readonly string _folder = TempFolder.Create();

    public RealContentIndex()
    {
        Content = ContentLoader.Load(TestPaths.RealContent, new ContentOptions(), DateOnly.FromDateTime(DateTime.Today));
        var path = Path.Combine(_folder, IndexFile.FileNameFor(Content.Hash));
        Snapshot = SnapshotBuilder.Build(Content, path);
        IndexFile.Write(Snapshot);
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
