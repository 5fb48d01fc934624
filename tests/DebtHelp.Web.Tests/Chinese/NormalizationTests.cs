using DebtHelp.Web.Search;
using DebtHelp.Web.Site;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Tests.Chinese;

public sealed class NormalizationTests
{
    [Theory]
    [InlineData("網貸逾期會不會找上門", "网贷逾期会不会找上门")]
    [InlineData("催收人員半夜敲門", "催收人员半夜敲门")]
    [InlineData("ＡＰＰ上借的錢", "app上借的钱")]
    [InlineData("催收，上门？！", "催收 上门  ")]
    [InlineData("12378　投诉", "12378 投诉")]
    public void Folds_traditional_full_width_case_and_punctuation(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("催收人員現在就在門口，我該怎麼做？")]
    [InlineData("emoji 😀 and 𠀀 rare")]
    [InlineData("")]
    public void Keeps_the_length_so_positions_map_back_to_the_original(string input) =>
        Assert.Equal(input.Length, TextNormalizer.Normalize(input).Length);

    [Fact]
    public void Text_copied_from_a_traditional_page_folds_back_to_what_search_indexes()
    {
        const string Simplified = "催收人员深夜上门怎么办，欠款记录";
        foreach (var script in ChineseScript.All)
        {
            Assert.Equal(TextNormalizer.Normalize(Simplified), TextNormalizer.Normalize(script.Convert(Simplified)));
        }
    }

    [Fact]
    public void Splits_Chinese_into_overlapping_pairs_and_keeps_ascii_words_whole()
    {
        var tokens = ChineseTokenizer.Tokenize(TextNormalizer.Normalize("催收上门 app 12378 门"));

        Assert.Equal(["催收", "收上", "上门", "app", "12378", "门"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Drops_filler_and_groups_synonyms_and_typos_into_one_concept()
    {
        var synonyms = new SynonymTable([["催收", "追债", "崔收"], ["上门", "家访"]], ["怎么办", "吗"]);

        var query = QueryAnalyzer.Analyze("崔收家访怎么办", synonyms);

        Assert.Equal(2, query.Concepts.Count);
        Assert.All(query.Concepts, c => Assert.True(c.FromSynonym));
        Assert.Contains("催收", query.Terms);
        Assert.Contains("上门", query.Terms);
        Assert.DoesNotContain("怎么", query.Terms);
    }

    [Theory]
    [InlineData("\"催收\" OR * NEAR(上门, 2) -x:y ^z")]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\u0000\u0001\u001f\uFFFD\uD800")]
    public void Never_lets_user_text_become_query_syntax(string input)
    {
        var query = QueryAnalyzer.Analyze(input, SynonymTable.Empty);

        Assert.All(query.Terms, t => Assert.All(t, c => Assert.True(TextNormalizer.IsWordChar(c), $"term '{t}' holds '{c}'")));
        Assert.DoesNotContain(query.Terms, t => t.Contains("NEAR", StringComparison.Ordinal) && t.Contains('('));
    }

    [Fact]
    public void Cuts_very_long_questions()
    {
        var query = QueryAnalyzer.Analyze(new string('催', 10_000), SynonymTable.Empty);

        Assert.True(query.Normalized.Length <= QueryAnalyzer.MaxQueryLength);
        Assert.True(query.Terms.Count <= 48);
    }

    [Fact]
    public void Masks_digit_runs_before_a_query_is_logged() =>
        Assert.Equal("我的电话### 身份证###X", QueryLogText.Mask("我的电话13812345678 身份证11010519491231002X"));
}
