using DebtHelp.Web.Search;

namespace DebtHelp.Web.Tests.Search;

/// <summary>Plain term frequencies are kept in a byte where they fit, and keep their value where they do not.</summary>
public sealed class PostingsTests
{
    [Theory]
    [InlineData(new ushort[] { 1, 2, 255 })]
    [InlineData(new ushort[] { 1, 300, 65535 })]
    public void Frequencies_keep_every_value(ushort[] counts)
    {
        var kept = SearchIndex.Frequencies.Of(counts);

        Assert.Equal(counts.Length, kept.Length);
        Assert.Equal(counts.All(c => c <= byte.MaxValue), kept.IsNarrow);
        Assert.Equal(counts.Select(c => (int)c), Enumerable.Range(0, counts.Length).Select(i => kept[i]));
    }

    [Fact]
    public void A_list_with_a_pair_repeated_hundreds_of_times_reads_back_the_same_from_the_index_file()
    {
        var postings = new SearchIndex.Postings([3, 9, 40], [SearchIndex.Field.Body, SearchIndex.Field.Title, SearchIndex.Field.Body],
            SearchIndex.Frequencies.Of([2, 900, 7]), SearchIndex.Frequencies.Of([1, 300, 7]));

        var read = PostingsCodec.Decode(PostingsCodec.Encode(postings), 41, "催收");

        Assert.Equal(postings.Docs, read.Docs);
        Assert.Equal(postings.Masks, read.Masks);
        Assert.Equal([2, 900, 7], Enumerable.Range(0, 3).Select(i => read.Weighted[i]));
        Assert.False(read.Weighted.IsNarrow);
        Assert.Equal([1, 300, 7], Enumerable.Range(0, 3).Select(i => read.Counts[i]));
    }
}
