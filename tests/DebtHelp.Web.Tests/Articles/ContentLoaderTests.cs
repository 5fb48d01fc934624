using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Tests.Articles;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly string _root = TempFolder.Create();

    public ContentLoaderTests() => TempFolder.CopyDirectory(TestPaths.FixtureContent, _root);

    public void Dispose() => TempFolder.TryDelete(_root);

    private ContentSet Load() => ContentLoader.Load(_root, new ContentOptions(), new DateOnly(2026, 11, 23));

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    [Fact]
    public void Loads_the_fixture_content_without_errors()
    {
        var content = Load();

        Assert.False(content.HasErrors, string.Join("\n", content.Problems));
        Assert.Equal(["door-now", "negotiate", "night-visits", "verify-identity"], content.Articles.Select(a => a.Slug));
        Assert.Equal(5, content.Topics.Count);
    }

    [Fact]
    public void Keeps_a_file_whose_related_slug_does_not_exist_and_warns_about_the_dropped_link()
    {
        Write("articles/bad-related.md", "---\ntitle: 甲\nsummary: 乙\ntopics: [evidence]\nrelated:\n  - no-such-article\nupdated: 2026-01-01\nreviewed: 2026-11-01\n---\n正文");

        var content = Load();

        // D8 of the reliability probe: this used to leave the file out, so deleting one article took every article
        // listing it offline. The link is dropped instead (RelatedArticles skips unknown slugs) and the writer warned.
        Assert.Contains(content.Articles, a => a.Slug == "bad-related");
        Assert.Equal(5, content.Articles.Count);
        var problem = Assert.Single(content.Problems, p => p.File == "articles/bad-related.md" && p.Severity == ProblemSeverity.Warning && p.Message.StartsWith("related article", StringComparison.Ordinal));
        Assert.Equal(5, problem.Line);
        Assert.Contains("'no-such-article' does not exist", problem.Message);
    }

    [Fact]
    public void Keeps_the_first_of_two_files_with_the_same_slug()
    {
        Directory.CreateDirectory(Path.Combine(_root, "articles", "zz"));
        File.Copy(Path.Combine(_root, "articles", "negotiate.md"), Path.Combine(_root, "articles", "zz", "negotiate.md"));

        var content = Load();

        Assert.Single(content.Articles, a => a.Slug == "negotiate");
        var problem = Assert.Single(content.Problems, p => p.File == "articles/zz/negotiate.md" && p.Severity == ProblemSeverity.Error);
        Assert.Contains("already used by articles/negotiate.md", problem.Message);
    }

    [Fact]
    public void Reports_binary_and_oversized_files_without_reading_them_as_articles()
    {
        File.WriteAllBytes(Path.Combine(_root, "articles", "binary.md"), [0x00, 0xFF, 0x10, 0x00, 0x42]);
        Write("articles/huge.md", new string('长', 600_000));

        var content = Load();

        Assert.Equal(4, content.Articles.Count);
        Assert.Contains(content.Problems, p => p.File == "articles/binary.md" && p.Severity == ProblemSeverity.Error);
        Assert.Contains(content.Problems, p => p.File == "articles/huge.md" && p.Message.Contains("limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_a_link_to_a_missing_article_with_its_line()
    {
        Write("articles/links.md", "---\ntitle: 甲\nsummary: 乙\ntopics: [evidence]\nupdated: 2026-01-01\nreviewed: 2026-11-01\n---\n\n第一行\n\n见 [这里](gone.md)。\n");

        var content = Load();

        var problem = Assert.Single(content.Problems, p => p.File == "articles/links.md" && p.Severity == ProblemSeverity.Error);
        Assert.Equal(11, problem.Line);
        Assert.Contains("'gone' does not resolve", problem.Message);
    }

    [Fact]
    public void Warns_when_an_article_was_last_reviewed_over_a_year_ago()
    {
        Write("articles/old.md", "---\ntitle: 甲\nsummary: 乙\ntopics: [evidence]\nupdated: 2024-01-01\nreviewed: 2024-01-01\n---\n正文");

        var content = Load();

        Assert.Contains(content.Articles, a => a.Slug == "old");
        var problem = Assert.Single(content.Problems, p => p.File == "articles/old.md" && p.Message.Contains("reviewed", StringComparison.Ordinal));
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("last reviewed 2024-01-01", problem.Message);
    }

    [Fact]
    public void The_hash_changes_when_a_file_changes_and_not_otherwise()
    {
        var before = ContentLoader.ComputeHash(_root);
        Assert.Equal(before, ContentLoader.ComputeHash(_root));

        Write("articles/negotiate.md", File.ReadAllText(Path.Combine(_root, "articles", "negotiate.md")) + "\n补充一句。");

        Assert.NotEqual(before, ContentLoader.ComputeHash(_root));
    }

    [Fact]
    public void With_the_record_of_the_last_start_the_hash_is_the_same_and_still_sees_every_change()
    {
        var record = Path.Combine(TempFolder.Create(), "content-digests.txt");
        var full = ContentLoader.ComputeHash(_root);
        // Files written just now are read again until they are two seconds old: make them older, as released files are.
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        full = ContentLoader.ComputeHash(_root);
        Assert.Equal(full, ContentLoader.ComputeHash(_root, ContentDigests.Open(record, _root)));
        Assert.True(File.Exists(record));
        Assert.Equal(full, ContentLoader.ComputeHash(_root, ContentDigests.Open(record, _root)));

        // The same length, a new time: read again.
        var path = Path.Combine(_root, "articles", "negotiate.md");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("协商", "商协", StringComparison.Ordinal));
        var edited = ContentLoader.ComputeHash(_root);
        Assert.NotEqual(full, edited);
        Assert.Equal(edited, ContentLoader.ComputeHash(_root, ContentDigests.Open(record, _root)));

        // A file added and one removed.
        Write("articles/extra.md", "---\ntitle: 甲\nsummary: 乙\ntopics: [evidence]\nupdated: 2026-01-01\nreviewed: 2026-11-01\n---\n正文");
        File.Delete(Path.Combine(_root, "articles", "night-visits.md"));
        Assert.Equal(ContentLoader.ComputeHash(_root), ContentLoader.ComputeHash(_root, ContentDigests.Open(record, _root)));
    }

    [Fact]
    public void An_edit_that_keeps_the_length_and_sets_the_time_back_is_still_seen()
    {
        var record = Path.Combine(TempFolder.Create(), "content-digests.txt");
        var path = Path.Combine(_root, "articles", "negotiate.md");
        var old = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, old);
        }

        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere the change time is unknown and the record trusts length and modification time (documented).
            Assert.Equal((0L, 0UL), FileChange.Of(path));
            return;
        }

        // Settled files (changed more than two seconds before the record) are trusted: the second start rewrites nothing.
        Thread.Sleep(TimeSpan.FromSeconds(2.2));
        ContentLoader.ComputeHash(_root, ContentDigests.Open(record, _root));
        var written = File.ReadAllText(record);
        File.SetLastWriteTimeUtc(record, old);
        ContentLoader.ComputeHash(_root, ContentDigests.Open(record, _root));
        Assert.Equal(old, File.GetLastWriteTimeUtc(record));

        // Same length, the old modification time put back (cp -p or touch -d from an older copy), and settled again.
        File.WriteAllText(path, File.ReadAllText(path).Replace("协商", "商协", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, old);
        Thread.Sleep(TimeSpan.FromSeconds(2.2));
        Assert.Equal(ContentLoader.ComputeHash(_root), ContentLoader.ComputeHash(_root, ContentDigests.Open(record, _root)));
        Assert.NotEqual(written, File.ReadAllText(record));
    }

    [Fact]
    public void A_record_of_another_folder_or_a_damaged_one_is_not_trusted()
    {
        var record = Path.Combine(TempFolder.Create(), "content-digests.txt");
        foreach (var file in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        ContentLoader.ComputeHash(_root, ContentDigests.Open(record, _root));
        var other = TempFolder.Create();
        TempFolder.CopyDirectory(_root, other);
        var path = Path.Combine(other, "articles", "negotiate.md");
        var time = File.GetLastWriteTimeUtc(Path.Combine(_root, "articles", "negotiate.md"));
        // Same relative name, same length and time, other bytes: only the folder tells them apart.
        File.WriteAllText(path, File.ReadAllText(path).Replace("协商", "商协", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
        Assert.Equal(ContentLoader.ComputeHash(other), ContentLoader.ComputeHash(other, ContentDigests.Open(record, other)));

        File.WriteAllText(record, "debthelp-content-digests 1\n" + Path.GetFullPath(_root) + "\nnot a number\n");
        Assert.Equal(ContentLoader.ComputeHash(_root), ContentLoader.ComputeHash(_root, ContentDigests.Open(record, _root)));
        Assert.Equal(ContentLoader.ComputeHash(_root), ContentLoader.ComputeHash(_root, ContentDigests.Open(Path.Combine(other, "no", "such", "folder", "record.txt"), _root)));
    }

    [Fact]
    public void Never_writes_to_the_content_folder()
    {
        var before = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        Load();

        var after = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
    }
}
