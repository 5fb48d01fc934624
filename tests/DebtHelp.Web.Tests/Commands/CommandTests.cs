using DebtHelp.Web.Commands;

namespace DebtHelp.Web.Tests.Commands;

public sealed class CommandTests : IDisposable
{
    private readonly string _root = TempFolder.Create();

    public CommandTests() => TempFolder.CopyDirectory(TestPaths.FixtureContent, _root);

    public void Dispose() => TempFolder.TryDelete(_root);

    [Fact]
    public void Check_content_passes_on_good_content()
    {
        using var output = new StringWriter();

        var exit = ContentCheckCommand.Run([_root], output);

        Assert.Equal(0, exit);
        Assert.Contains("4 articles, 5 topics, 0 errors", output.ToString());
    }

    [Fact]
    public void Check_content_fails_naming_the_file_and_line_of_each_problem()
    {
        File.WriteAllText(Path.Combine(_root, "articles", "bad.md"), "---\ntitle: 坏文章\nsummary: 摘要\ntopics: [no-such-topic]\nupdated: 2026-01-01\nreviewed: 2026-11-01\n---\n正文");
        using var output = new StringWriter();

        var exit = ContentCheckCommand.Run([_root], output);

        Assert.Equal(1, exit);
        Assert.Contains("articles/bad.md:4: error: unknown topic 'no-such-topic'", output.ToString());
        Assert.Contains("1 errors", output.ToString());
    }

    [Fact]
    public void The_search_command_shows_how_a_question_is_understood()
    {
        using var output = new StringWriter();
        var previous = Directory.GetCurrentDirectory();

        var exit = SearchCommand.Run(["崔收半夜上门怎么办"], output, _root);

        Assert.Equal(0, exit);
        Assert.Contains("[催收]", output.ToString());
        Assert.Contains("night-visits", output.ToString());
        Assert.Equal(previous, Directory.GetCurrentDirectory());
    }
}
