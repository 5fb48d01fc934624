using DebtHelp.Web.Chinese;
using DebtHelp.Web.Tests.Support;

namespace DebtHelp.Web.Tests.Chinese;

/// <summary>
/// The one-pass matcher must find exactly what looking for each word in turn with IndexOf finds (snippets, the
/// synonym and filler passes of the query reading depend on it), on the site's own article text.
/// </summary>
public sealed class TermMatcherTests
{
    [Fact]
    public void A_word_that_overlaps_itself_is_taken_from_the_left_as_IndexOf_takes_it()
    {
        var matcher = new TermMatcher(["哈哈", "哈"]);
        var marked = new bool[5];

        Assert.Equal([(0, 0), (0, 2), (1, 0), (1, 1), (1, 2), (1, 3), (1, 4)], matcher.Occurrences("哈哈哈哈哈"));
        matcher.Mark("哈哈哈哈哈", marked);
        Assert.All(marked, Assert.True);
    }

    [Fact]
    public void Empty_words_are_never_found_and_keep_the_others_numbered()
    {
        var matcher = new TermMatcher(["", "催收", "门"]);

        Assert.Equal([(1, 0), (2, 3)], matcher.Occurrences("催收上门"));
    }

    [Fact]
    public void On_real_article_text_it_finds_what_IndexOf_finds_for_every_word()
    {
        var text = string.Concat(Directory.GetFiles(Path.Combine(TestPaths.RealContent, "articles"), "*.md")
            .Order(StringComparer.Ordinal).Take(12).Select(File.ReadAllText));
        text = TextNormalizer.Normalize(text);
        var random = new Random(5);
        for (var round = 0; round < 40; round++)
        {
            // Words cut from the text itself (so most occur), of one to five characters, plus a few that do not occur.
            var words = Enumerable.Range(0, 1 + random.Next(200)).Select(_ =>
            {
                var at = random.Next(text.Length - 5);
                return text.Substring(at, 1 + random.Next(5));
            }).Append("不存在的词语").Append("x").ToList();
            var matcher = new TermMatcher(words);

            var expected = new List<(int, int)>();
            var expectedMarks = new bool[text.Length];
            for (var w = 0; w < words.Count; w++)
            {
                var at = 0;
                while ((at = text.IndexOf(words[w], at, StringComparison.Ordinal)) >= 0)
                {
                    expected.Add((w, at));
                    expectedMarks.AsSpan(at, words[w].Length).Fill(true);
                    at += words[w].Length;
                }
            }

            var marks = new bool[text.Length];
            matcher.Mark(text, marks);

            Assert.Equal(expected, matcher.Occurrences(text));
            Assert.Equal(expectedMarks, marks);
        }
    }
}
