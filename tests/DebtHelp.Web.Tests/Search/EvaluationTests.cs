using System.Globalization;
using System.Text;
using DebtHelp.Web.Search;
using Xunit.Abstractions;

namespace DebtHelp.Web.Tests.Search;

/// <summary>
/// Search quality on real reader questions: the tuning set (evaluation-set.tsv), the older held-out set
/// (holdout-set.tsv), the search engineer's own development questions (dev-*.txt, dev-set.tsv) and, when the
/// report is written, the fresh blind set (blind-set.tsv, see <see cref="BlindSetTests"/>). Set
/// DEBTHELP_WRITE_REPORT=1 to rewrite docs/search-quality.md from this run.
/// </summary>
public sealed class EvaluationTests(RealContentIndex index, ITestOutputHelper output) : IClassFixture<RealContentIndex>
{
    [Fact]
    public void At_least_90_percent_of_reader_questions_find_a_right_article_in_the_top_3()
    {
        var questions = SearchEvaluation.Load();
        Assert.True(questions.Count >= 40, "the evaluation set needs at least 40 questions");
        var ours = SearchEvaluation.Run(questions, Ours);
        var writeReport = Environment.GetEnvironmentVariable("DEBTHELP_WRITE_REPORT") == "1";
        var report = new QualityReport(index.Snapshot).Write(includeBlind: writeReport);
        output.WriteLine(report);
        if (writeReport)
        {
            File.WriteAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "search-quality.md"), report);
        }

        Assert.True(ours.Top3 >= 0.9, $"top-3 is {ours.Top3:P1}, below 90%. Misses:\n" +
            string.Join("\n", ours.Misses.Select(m => $"{m.Question.Text} -> expected {string.Join(",", m.Question.Expected)}, got {string.Join(",", m.Got)}")));
    }

    [Fact]
    public void Every_crisis_message_of_the_development_list_raises_the_crisis_flag_and_leads_with_the_crisis_page()
    {
        var missed = SearchEvaluation.Lines("dev-crisis.txt")
            .Where(m => SearchService.Search(index.Snapshot, m) is not { Crisis: true, Hits: [{ Article.Slug: CrisisDetector.ArticleSlug }, ..] })
            .ToList();

        Assert.True(missed.Count == 0, "no crisis flag for:\n" + string.Join("\n", missed));
    }

    [Fact]
    public void No_ordinary_sentence_of_the_development_list_raises_the_crisis_flag()
    {
        var alarms = SearchEvaluation.Lines("dev-not-crisis.txt").Where(CrisisDetector.Signals).ToList();

        Assert.True(alarms.Count == 0, "false alarm for:\n" + string.Join("\n", alarms));
    }

    [Fact]
    public void Questions_no_article_answers_are_never_answered_with_high_confidence()
    {
        var sure = SearchEvaluation.Lines("dev-none.txt")
            .Where(q => SearchService.Search(index.Snapshot, q).Confidence == SearchConfidence.High).ToList();

        Assert.True(sure.Count == 0, "high confidence for:\n" + string.Join("\n", sure));
    }

    private IReadOnlyList<string> Ours(string question) => SearchEvaluation.OurSearch(index.Snapshot, question);
}
