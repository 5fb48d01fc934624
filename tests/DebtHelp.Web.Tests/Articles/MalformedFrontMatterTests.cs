using System.Diagnostics;
using System.Text;
using DebtHelp.Web.Articles;

namespace DebtHelp.Web.Tests.Articles;

/// <summary>
/// Front matter a writer can get wrong, or an attacker can craft: each gives a problem with the file and the line,
/// never an exception, and never a slow load.
/// </summary>
public sealed class MalformedFrontMatterTests
{
    private static readonly IReadOnlySet<string> Topics = new HashSet<string>(["home-visit-legality", "identity-checks", "evidence", "negotiation", "complaints"]);

    private const string Dates = "updated: 2026-01-01\nreviewed: 2026-01-01\n";

    private static ArticleParser.Result Parse(string frontMatter) =>
        ArticleParser.Parse("articles/x.md", "---\n" + frontMatter + "---\n正文\n", Topics);

    private static ContentProblem Error(ArticleParser.Result result) =>
        Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);

    [Fact]
    public void A_single_value_where_a_list_is_expected_counts_as_a_one_item_list()
    {
        var result = Parse("title: 甲\nsummary: 乙\ntopics: evidence\nquestions: 一个问题\nrelated: night-visits\n" + Dates);

        Assert.Equal(["evidence"], result.Article!.Topics);
        Assert.Equal(["一个问题"], result.Article.Questions);
        Assert.Equal(["night-visits"], result.Article.Related);
    }

    [Fact]
    public void An_unknown_topic_written_as_a_single_value_is_reported_at_its_line()
    {
        var problem = Error(Parse("title: 甲\nsummary: 乙\ntopics: debts\n" + Dates));

        Assert.Equal("articles/x.md:4: error: unknown topic 'debts': use one of complaints, evidence, home-visit-legality, identity-checks, negotiation or add it to topics.yml.", problem.ToString());
    }

    [Fact]
    public void The_third_list_item_is_reported_at_its_own_line()
    {
        var problem = Error(Parse("title: 甲\nsummary: 乙\ntopics:\n  - evidence\n  - negotiation\n  - debts\n" + Dates));

        Assert.Equal(7, problem.Line);
        Assert.Contains("unknown topic 'debts'", problem.Message);
    }

    [Theory]
    [InlineData("title: [甲, 乙]\nsummary: 乙\ntopics: [evidence]\n", 2, "'title' must be text here, not a list")]
    [InlineData("title: 甲\nsummary:\n  a: 乙\ntopics: [evidence]\n", 3, "'summary' must be text here, not 'key: value' lines")]
    [InlineData("title: 甲\nsummary: 乙\ntopics: [evidence]\nupdated: [2026-01-01]\nreviewed: 2026-01-01\n", 5, "'updated' must be text here, not a list")]
    public void A_list_or_mapping_where_text_is_expected_is_an_error_at_its_line(string frontMatter, int line, string message)
    {
        var result = Parse(frontMatter + (frontMatter.Contains("updated", StringComparison.Ordinal) ? "" : Dates));

        Assert.Null(result.Article);
        var problem = Error(result);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Theory]
    [InlineData("topics:\n  evidence: yes\n", 4, "'topics' must list at least one topic slug")]
    [InlineData("topics: [evidence]\nquestions: {a: b}\n", 5, "'questions' must be a list")]
    [InlineData("topics: [evidence]\nsources:\n  書: 刑法\n", 5, "'sources' must be a list")]
    public void A_mapping_where_a_list_is_expected_keeps_the_fields_own_message(string lists, int line, string message)
    {
        var result = Parse("title: 甲\nsummary: 乙\n" + lists + Dates);

        Assert.Null(result.Article);
        var problem = Error(result);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void A_list_item_that_is_itself_a_list_is_ignored_with_a_warning_at_its_line()
    {
        var result = Parse("title: 甲\nsummary: 乙\ntopics: [evidence]\nquestions:\n  - 问一\n  - [嵌套, 列表]\n  - 问二\n  - 问三\n" + Dates);

        Assert.Equal(["问一", "问二", "问三"], result.Article!.Questions);
        var warning = Assert.Single(result.Problems);
        Assert.Equal("articles/x.md:7: warning: 'questions' must be text here, not a list; this item is ignored.", warning.ToString());
    }

    [Fact]
    public void A_repeated_key_is_an_error_at_the_second_one_naming_the_first()
    {
        var result = Parse("title: 甲\nsummary: 乙\ntopics: [evidence]\ntitle: 丙\n" + Dates);

        Assert.Null(result.Article);
        var problem = Error(result);
        Assert.Equal(5, problem.Line);
        Assert.Contains("'title' is given twice, first on line 2", problem.Message);
    }

    [Fact]
    public void A_tab_used_for_indentation_is_an_error_at_its_line()
    {
        var result = Parse("title: 甲\nsummary: 乙\ntopics:\n\t- evidence\n" + Dates);

        Assert.Null(result.Article);
        var problem = Error(result);
        Assert.True(problem.Line == 5, problem.ToString());
        Assert.Contains("not valid YAML", problem.Message);
        Assert.DoesNotContain("Line:", problem.Message);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_at_its_line_and_the_article_stays()
    {
        var result = Parse("title: 甲\nsummary: 乙\ncolour: red\ntopics: [evidence]\nquestions: [一, 二, 三]\n" + Dates);

        Assert.NotNull(result.Article);
        var warning = Assert.Single(result.Problems);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal(4, warning.Line);
        Assert.StartsWith("unknown field 'colour' is ignored; known fields: title, summary, topics, questions, related, updated, reviewed, sources, slug, order, aliases", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(9)]
    public void Deeply_nested_junk_is_refused_at_its_line_quickly(int depth)
    {
        var junk = new string('[', depth) + new string(']', depth);
        var watch = Stopwatch.StartNew();

        var result = Parse("title: 甲\nsummary: 乙\ntopics: [evidence]\nquestions: " + junk + "\n" + Dates);

        Assert.True(watch.ElapsedMilliseconds < 2_000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Null(result.Article);
        var problem = Error(result);
        Assert.Equal(5, problem.Line);
        Assert.Contains("nested more than 8 levels deep", problem.Message);
    }

    [Fact]
    public void Junk_nested_deep_under_an_unknown_key_is_refused_too()
    {
        var junk = string.Concat(Enumerable.Range(0, 50).Select(i => "\n" + new string(' ', 2 * (i + 1)) + "k" + i + ":")) + " x";

        var result = Parse("title: 甲\nsummary: 乙\ntopics: [evidence]\njunk:" + junk + "\n" + Dates);

        Assert.Null(result.Article);
        Assert.Contains("nested more than 8 levels deep", Error(result).Message);
    }

    [Fact]
    public void A_huge_front_matter_loads_in_bounded_time()
    {
        var questions = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"  - 问题{i}\n"));
        var watch = Stopwatch.StartNew();

        var result = Parse("title: 甲\nsummary: 乙\ntopics: [evidence]\nquestions:\n" + questions + Dates);

        // 0.6 to 1.2 s on a busy 2-core machine (the old node walk: 0.2 to 0.4 s); a 1 MB article is the most there can be.
        Assert.True(watch.ElapsedMilliseconds < 10_000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal(30_000, result.Article!.Questions.Count);
        Assert.Contains(result.Problems, p => p.Severity == ProblemSeverity.Warning && p.Message.Contains("3 to 8", StringComparison.Ordinal));
    }

    [Fact]
    public void A_front_matter_over_the_value_limit_is_refused_at_the_line_where_it_passes_it()
    {
        var items = string.Concat(Enumerable.Range(0, YamlReader.MaxEvents).Select(_ => "- a\n"));

        var result = Parse("title: 甲\nsummary: 乙\ntopics: [evidence]\nquestions:\n" + items);

        Assert.Null(result.Article);
        var problem = Error(result);
        Assert.InRange(problem.Line, 6, YamlReader.MaxEvents + 6);
        Assert.Contains("too long", problem.Message);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_at_its_first_anchor_without_expanding_anything()
    {
        var bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var c = 'b'; c <= 'j'; c++)
        {
            bomb.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(c - 1), 9))).Append("]\n");
        }

        var watch = Stopwatch.StartNew();

        var result = Parse("title: 甲\nsummary: 乙\ntopics: [evidence]\n" + bomb + "questions: *j\n" + Dates);

        Assert.True(watch.ElapsedMilliseconds < 1_000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Null(result.Article);
        var problem = Error(result);
        Assert.Equal(5, problem.Line);
        Assert.Contains("anchors and aliases (&name, *name) are not used in content files", problem.Message);
    }

    [Theory]
    [InlineData("title: &t 甲\nsummary: 乙\n", 2)]
    [InlineData("title: 甲\nsummary: *t\n", 3)]
    public void An_anchor_or_alias_is_refused_at_its_line(string fields, int line)
    {
        var problem = Error(Parse(fields + "topics: [evidence]\n" + Dates));

        Assert.Equal(line, problem.Line);
        Assert.Contains("write the value out", problem.Message);
    }
}
