using DebtHelp.Web.Chinese;
using DebtHelp.Web.Search;

namespace DebtHelp.Web.Tests.Search;

/// <summary>
/// A passage whose normalised form differs only in punctuation is matched as it is (no second copy kept), and every
/// term is found in exactly the same places as in the normalised text.
/// </summary>
public sealed class PassageTextTests(RealContentIndex index) : IClassFixture<RealContentIndex>
{
    [Fact]
    public void A_simplified_passage_with_only_punctuation_to_fold_is_matched_as_it_is()
    {
        var section = new SearchData.SectionInfo(1, "a", "标题", "催收上门，怎么办？先别开门：隔着门问清楚（对方是谁）。");

        Assert.Same(section.Text, section.NormalizedText);
        Assert.False(section.TrulyNormalized);
    }

    [Theory]
    [InlineData("催收打电话到单位，APP里也有记录。", "催收打电话到单位 app里也有记录 ")]
    [InlineData("催收說要上門。", "催收说要上门 ")]
    [InlineData("欠款１２０００元", "欠款12000元")]
    public void A_passage_whose_letters_change_keeps_its_normalised_form(string text, string normalized)
    {
        var section = new SearchData.SectionInfo(1, "a", "标题", text);

        Assert.Equal(normalized, section.NormalizedText);
        Assert.True(section.TrulyNormalized);
    }

    [Fact]
    public void Every_term_of_every_real_passage_is_found_where_the_normalised_text_has_it()
    {
        var shared = 0;
        foreach (var section in index.Snapshot.Search.Sections.Values)
        {
            var normalized = TextNormalizer.Normalize(section.Text);
            var text = section.NormalizedText;
            shared += section.TrulyNormalized ? 0 : 1;
            foreach (var term in ChineseTokenizer.Tokenize(normalized).Select(t => t.Text).Distinct(StringComparer.Ordinal))
            {
                Assert.Equal(IndexesOf(normalized, term), IndexesOf(text, term));
            }
        }

        // Most passages are simplified Chinese with nothing but punctuation to fold.
        Assert.True(shared * 2 > index.Snapshot.Search.Sections.Count, $"{shared} of {index.Snapshot.Search.Sections.Count} passages matched as they are");
    }

    private static List<int> IndexesOf(string text, string term)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }
}
