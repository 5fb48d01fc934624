using DebtHelp.Web.Chinese;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.Tests.Search;

/// <summary>The confidence rule on the real content: the off-topic words (<see cref="OffTopicWords"/>) and what they must leave alone.</summary>
public sealed class ConfidenceTests(RealContentIndex index) : IClassFixture<RealContentIndex>
{
    private SearchData Data => index.Snapshot.Search;

    /// <summary>Each was high on main through the agreement of both rankings on loose words (申请, 利率, 准备).</summary>
    [Theory]
    [InlineData("个税退税怎么申请")]
    [InlineData("房贷利率转LPR划算吗")]
    [InlineData("美国签证面签要准备什么")]
    [InlineData("借给朋友的钱不还怎么要回来")]
    [InlineData("yq那几年没交的社保现在还能补吗")]
    public void A_question_on_a_subject_the_site_does_not_cover_is_not_answered_with_high_confidence(string question)
    {
        var outcome = SearchEngine.Search(Data, question);

        Assert.NotEmpty(outcome.Hits);
        Assert.NotEqual(SearchConfidence.High, outcome.Confidence);
    }

    /// <summary>"房带" is a slip for 房贷 (the same sound): the off-topic word is read through it.</summary>
    [Fact]
    public void An_off_topic_word_typed_with_a_slip_of_the_input_method_still_counts()
    {
        Assert.NotEqual(SearchConfidence.High, SearchEngine.Search(Data, "房带提前换款要付违约金吗 已经还了五年了").Confidence);
    }

    /// <summary>借给 and 不看征信 are off-topic words, but this article lists the question and has a heading on who lends to you.</summary>
    [Fact]
    public void An_off_topic_word_the_first_article_holds_in_its_head_does_not_count_against_it()
    {
        var outcome = SearchEngine.Search(Data, "不看征信秒下款的平台能借吗");

        Assert.Equal("borrow-safely", outcome.Hits[0].Article.Slug);
        Assert.Equal(SearchConfidence.High, outcome.Confidence);
    }

    /// <summary>
    /// The off-topic words took no "high" from a right first answer of these sets: as many are high and right as on
    /// main before them (165cdf2). A word added to the list that costs one fails here.
    /// </summary>
    [Theory]
    [InlineData("evaluation-set.tsv", 62)]
    [InlineData("holdout-set.tsv", 50)]
    [InlineData("dev-set.tsv", 35)]
    [InlineData("dev-set-4.tsv", 111)]
    [InlineData("blind-set.tsv", 116)]
    [InlineData("blind-set-2.tsv", 112)]
    [InlineData("blind-set-3.tsv", 101)]
    public void Right_first_answers_stay_high_as_often_as_before_the_off_topic_words(string set, int before)
    {
        var right = SearchEvaluation.LoadWithUnanswerable(set).Answerable
            .Select(q => (q, Outcome: SearchEngine.Search(Data, q.Text)))
            .Count(r => r.Outcome is { Confidence: SearchConfidence.High, Hits: [var first, ..] } && r.q.Expected.Contains(first.Article.Slug));

        Assert.True(right >= before, $"{set}: {right} right first answers are high, {before} before");
    }

    [Fact]
    public void Every_off_topic_word_is_written_as_a_question_is_normalised()
    {
        var unlike = OffTopicWords.Words.Where(w => w.Length < 2 || TextNormalizer.Normalize(w) != w).ToList();

        Assert.True(unlike.Count == 0, "write these in simplified characters and lower case, two characters or more: " + string.Join(", ", unlike));
    }
}
