using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Tests.Articles;

/// <summary>One bad or hostile file in content/ costs that file only: never the articles around it, never a file outside.</summary>
public sealed class ContentSafetyTests : IDisposable
{
    private const string Article = "---\ntitle: 外面的文章\nsummary: 不该出现在网站上。\ntopics: [evidence]\nupdated: 2026-01-01\nreviewed: 2026-11-01\n---\n外面的正文\n";

    private readonly string _workspace = TempFolder.Create();
    private readonly string _root;

    public ContentSafetyTests()
    {
        _root = Path.Combine(_workspace, "content");
        TempFolder.CopyDirectory(TestPaths.FixtureContent, _root);
    }

    public void Dispose() => TempFolder.TryDelete(_workspace);

    private ContentSet Load() => ContentLoader.Load(_root, new ContentOptions(), new DateOnly(2026, 11, 23));

    [Fact]
    public void A_missing_related_article_is_a_warning_its_link_is_dropped_and_the_article_stays()
    {
        File.Delete(Path.Combine(_root, "articles", "door-now.md"));

        var content = Load();

        var article = Assert.Single(content.Articles, a => a.Slug == "night-visits");
        var problem = Assert.Single(content.Problems, p => p.File == "articles/night-visits.md" && p.Message.StartsWith("related article", StringComparison.Ordinal));
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains("door-now", problem.Message);
        Assert.DoesNotContain("door-now", DebtHelp.Web.KnowledgeBase.RelatedArticles.Compute(content.Articles)["night-visits"].Select(l => l.To));
        Assert.NotNull(article);
    }

    [Fact]
    public void Symlinked_files_and_folders_pointing_outside_content_are_not_read()
    {
        var outside = Path.Combine(_workspace, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "outside-link.md"), Article);
        File.WriteAllText(Path.Combine(outside, "in-linked-dir.md"), Article.Replace("外面的文章", "目录里的文章", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(_root, "articles", "outside-link.md"), Path.Combine(outside, "outside-link.md"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "articles", "dirlink"), outside);
        File.CreateSymbolicLink(Path.Combine(_root, "articles", "passwd.md"), "/etc/passwd");

        var content = Load();

        Assert.Equal(["door-now", "negotiate", "night-visits", "verify-identity"], content.Articles.Select(a => a.Slug));
        Assert.DoesNotContain(content.Problems, p => p.Message.Contains("front matter", StringComparison.Ordinal));
        Assert.Contains(content.Problems, p => p.File == "articles/outside-link.md" && p.Message.Contains("symbolic link", StringComparison.Ordinal));
        Assert.Contains(content.Problems, p => p.File == "articles/dirlink" && p.Message.Contains("symbolic link", StringComparison.Ordinal));
        Assert.Contains(content.Problems, p => p.File == "articles/passwd.md" && p.Message.Contains("symbolic link", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symlink_loop_is_reported_once_and_reads_nothing_twice()
    {
        Directory.CreateSymbolicLink(Path.Combine(_root, "articles", "loop"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_root, "self"), ".");

        var content = Load();

        Assert.Equal(["door-now", "negotiate", "night-visits", "verify-identity"], content.Articles.Select(a => a.Slug));
        var links = content.Problems.Where(p => p.Message.Contains("symbolic link", StringComparison.Ordinal)).ToList();
        Assert.True(links.Count == 1 && links[0].File == "articles/loop", string.Join("\n", content.Problems));
        Assert.All(content.Articles, a => Assert.DoesNotContain("loop", a.SourceFile));
    }

    [Fact]
    public void A_symlink_to_a_file_inside_content_is_read_once_under_its_own_name()
    {
        var target = Path.Combine(_root, "shared-article.md");
        File.WriteAllText(target, Article.Replace("外面的文章", "里面的文章", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(_root, "articles", "inside-link.md"), target);

        var content = Load();

        Assert.Contains(content.Articles, a => a.Slug == "inside-link" && a.Title == "里面的文章");
    }
}
