using System.Text;
using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Tests.Articles;

/// <summary>
/// Broken articles, topics.yml and synonyms.yml on a private copy of the fixture content: the loader never throws,
/// each problem names the file and the line, and every good article is still served.
/// </summary>
public sealed class MalformedContentFilesTests : IDisposable
{
    private static readonly string[] FixtureSlugs = ["door-now", "negotiate", "night-visits", "verify-identity"];

    private readonly string _root = TempFolder.Create();

    public MalformedContentFilesTests() => TempFolder.CopyDirectory(TestPaths.FixtureContent, _root);

    public void Dispose() => TempFolder.TryDelete(_root);

    private ContentSet Load() => ContentLoader.Load(_root, new ContentOptions(), new DateOnly(2026, 11, 23));

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    private static string Article(string fields) =>
        "---\ntitle: 甲\nsummary: 乙\n" + fields + "\nupdated: 2026-01-01\nreviewed: 2026-11-01\n---\n正文\n";

    [Fact]
    public void Each_broken_article_costs_only_itself_and_is_reported_with_its_line()
    {
        var broken = new Dictionary<string, (string Text, int Line)>
        {
            ["list-title"] = ("---\ntitle: [甲, 乙]\nsummary: 乙\ntopics: [evidence]\nupdated: 2026-01-01\nreviewed: 2026-11-01\n---\n", 2),
            ["mapping-topics"] = (Article("topics:\n  evidence: 1"), 4),
            ["twice"] = (Article("topics: [evidence]\nsummary: 丙"), 5),
            ["tabbed"] = (Article("topics:\n\t- evidence"), 5),
            ["deep"] = (Article("topics: [evidence]\nsources: " + new string('[', 50_000) + new string(']', 50_000)), 5),
            ["unclosed"] = (Article("topics: [evidence\nquestions: [\"一"), 4),
            ["alias"] = (Article("topics: *nowhere"), 4),
        };
        foreach (var (slug, (text, _)) in broken)
        {
            Write($"articles/{slug}.md", text);
        }

        var content = Load();

        Assert.Equal(FixtureSlugs, content.Articles.Select(a => a.Slug));
        foreach (var (slug, (_, line)) in broken)
        {
            var problem = Assert.Single(content.Problems, p => p.File == $"articles/{slug}.md");
            Assert.Equal(ProblemSeverity.Error, problem.Severity);
            Assert.True(problem.Line == line, $"{slug}: expected line {line}: {problem}");
        }
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_in_the_front_matter_are_reported_at_their_line()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: 甲\nsummary: ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\ntopics: [evidence]\n---\n")).ToArray();
        File.WriteAllBytes(Path.Combine(_root, "articles", "latin1.md"), bytes);

        var content = Load();

        Assert.Equal(FixtureSlugs, content.Articles.Select(a => a.Slug));
        var problem = Assert.Single(content.Problems, p => p.File == "articles/latin1.md");
        Assert.Equal("articles/latin1.md:3: error: the file is not UTF-8 text; save it as UTF-8.", problem.ToString());
    }

    [Fact]
    public void A_topic_entry_that_is_not_a_mapping_is_reported_at_its_line_and_the_other_topics_stay()
    {
        var topics = File.ReadAllText(Path.Combine(_root, TopicCatalog.FileName));
        Write(TopicCatalog.FileName, topics + "- [not, a, mapping]\n- slug: [a, b]\n  name: 名\n");
        var lines = topics.Count(c => c == '\n');

        var content = Load();

        Assert.Equal(5, content.Topics.Count);
        Assert.Equal(FixtureSlugs, content.Articles.Select(a => a.Slug));
        var problems = content.Problems.Where(p => p.File == TopicCatalog.FileName).Select(p => p.ToString()).ToList();
        Assert.Equal([
            $"topics.yml:{lines + 1}: error: a topic must be a mapping with slug, name and description.",
            $"topics.yml:{lines + 2}: error: a topic needs both 'slug' and 'name'.",
        ], problems);
    }

    [Theory]
    [InlineData("- slug: evidence\n  name: 一\n  name: 二\n", 3, "'[0].name' is given twice, first on line 2")]
    [InlineData("slug: evidence\n", 1, "must be a list of entries")]
    [InlineData("- slug: evidence\n  name: [\n", 2, "not valid YAML")]
    public void A_broken_topics_file_is_reported_at_its_line(string yaml, int line, string message)
    {
        Write(TopicCatalog.FileName, yaml);

        var content = Load();

        var problem = content.Problems.First(p => p.File == TopicCatalog.FileName);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.True(problem.Line == line && problem.Message.Contains(message, StringComparison.Ordinal), problem.ToString());
    }

    [Fact]
    public void A_malformed_synonym_group_is_reported_at_its_line_and_the_other_groups_stay()
    {
        Write(SynonymTable.FileName, "groups:\n  - [催收, 崔收]\n  - 上门\n  - [登门, [家访], 找上门]\nfiller: [吗]\n");

        var content = Load();

        Assert.Equal([["催收", "崔收"], ["登门", "找上门"]], content.Synonyms.Groups);
        var problems = content.Problems.Where(p => p.File == SynonymTable.FileName).Select(p => p.ToString()).ToList();
        Assert.Equal([
            "synonyms.yml:3: error: each group must be a list of words, e.g. [上门, 登门, 家访].",
            "synonyms.yml:4: error: 'groups' must be text here, not a list; this value is ignored.",
        ], problems);
    }

    [Theory]
    [InlineData("groups: 上门\nfiller: [吗]\n", 1, "'groups' must be a list here, not text")]
    [InlineData("groups:\n  - [a, b]\ngroups: []\n", 3, "'groups' is given twice")]
    [InlineData("[a, b]\n", 1, "must have 'groups:'")]
    public void A_broken_synonyms_file_is_reported_at_its_line_and_articles_still_load(string yaml, int line, string message)
    {
        Write(SynonymTable.FileName, yaml);

        var content = Load();

        Assert.Equal(FixtureSlugs, content.Articles.Select(a => a.Slug));
        var problem = Assert.Single(content.Problems, p => p.File == SynonymTable.FileName);
        Assert.True(problem.Line == line && problem.Message.Contains(message, StringComparison.Ordinal), problem.ToString());
    }

    [Fact]
    public void An_alias_bomb_in_topics_yml_is_refused_quickly_at_its_line()
    {
        var bomb = new StringBuilder("- slug: evidence\n  name: 证据\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var c = 'b'; c <= 'j'; c++)
        {
            bomb.Append("  ").Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(c - 1), 9))).Append("]\n");
        }

        Write(TopicCatalog.FileName, bomb + "- slug: negotiation\n  name: *j\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var content = Load();

        Assert.True(watch.ElapsedMilliseconds < 3_000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Empty(content.Topics);
        var problem = content.Problems.First(p => p.File == TopicCatalog.FileName);
        Assert.StartsWith("topics.yml:3: error: topics.yml is not valid YAML: anchors and aliases", problem.ToString(), StringComparison.Ordinal);
    }
}
