using System.Net;
using System.Text;
using DebtHelp.Web.Search;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Tests.Security;

/// <summary>Thousands of random strings at the query normaliser and the search endpoints: nothing throws, nothing 5xx.</summary>
public sealed class FuzzTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private static readonly string[] Pieces =
    [
        "催收", "上門", "\"", "*", "NEAR(", ")", " OR ", " AND ", "-", ":", "^", "'", ";", "--", "<", ">", "&", "%", "\\",
        "\u0000", "\u001b", "\u200b", "\uFEFF", "\uFFFD", "\uD83D\uDE00", "\uD800", "\uDC00", "ｆｕｌｌ", "１２３", "𠀀", "é", "ß", "\n", "\t", "　",
        "13812345678", "SELECT * FROM articles", "</mark>", "<mark>", "怎么办", "吗",
    ];

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var parts = random.Next(0, 12);
        for (var i = 0; i < parts; i++)
        {
            if (random.Next(3) == 0)
            {
                sb.Append((char)random.Next(0, 0x10000));
            }
            else
            {
                sb.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }

        return sb.ToString();
    }

    [Fact]
    public void The_normaliser_and_analyser_survive_five_thousand_random_strings()
    {
        var random = new Random(20261123);
        var synonyms = new SynonymTable([["催收", "崔收"], ["上门", "家访"]], ["怎么办", "吗"]);
        for (var i = 0; i < 5_000; i++)
        {
            var text = RandomText(random);
            var normalized = TextNormalizer.Normalize(text);
            Assert.Equal(text.Length, normalized.Length);
            var query = QueryAnalyzer.Analyze(text, synonyms);
            Assert.All(query.Terms, t => Assert.DoesNotContain('"', t));
            Assert.NotNull(ChineseScript.Taiwan.Convert(text));
            Assert.NotNull(ChineseScript.HongKong.Convert(text));
            Assert.NotNull(Snippets.Make(text, query).Html);
        }
    }

    [Fact]
    public async Task The_search_endpoints_survive_a_thousand_random_queries()
    {
        var random = new Random(7);
        for (var i = 0; i < 1_000; i++)
        {
            var query = Uri.EscapeDataString(RandomText(random).Replace("\uD800", "", StringComparison.Ordinal).Replace("\uDC00", "", StringComparison.Ordinal));
            var url = i % 2 == 0 ? "/search?q=" + query : "/api/search?q=" + query;
            using var response = await site.Client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url} -> {response.StatusCode}");
        }
    }
}
