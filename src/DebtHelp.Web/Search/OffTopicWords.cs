using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>
/// Words that name a subject the knowledge base does not cover (social insurance, tax, visas, mortgages, shares,
/// insurance claims, jobs, rent, shopping, countries abroad; lending to someone else; asking where to borrow). A short
/// question naming one is about that subject, and an article that does not hold the word in its title, listed
/// questions, summary or headings is not its answer, however many loose words (申请, 利率, 准备) it shares. The list
/// names kinds of subject, not questions; a word an article takes up in its head stops counting against that article.
/// </summary>
public static class OffTopicWords
{
    private const SearchIndex.Field Head = SearchIndex.Field.Title | SearchIndex.Field.Questions | SearchIndex.Field.Lead;

    /// <summary>Normalised (simplified, lower case) as the question is.</summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        // Social insurance, pensions, tax.
        "社保", "医保", "公积金", "养老金", "退休金", "失业金", "生育津贴", "强积金", "个税", "所得税", "退税", "报税", "清税", "汇算",
        // Travel and living abroad.
        "签证", "签注", "护照", "移民", "留学", "美国", "新加坡", "日本", "韩国", "英国", "加拿大", "澳洲", "澳大利亚", "马来西亚", "泰国",
        // Homes, cars and the loans for them.
        "房贷", "车贷", "按揭", "首付", "月供", "二手房", "二手车", "过户", "解押", "摇号", "lpr", "公租房", "宅基地", "拆迁",
        // Investing and insurance.
        "股票", "炒股", "股市", "券商", "基金", "理财", "期货", "比特币", "虚拟币", "炒币", "外汇", "汇率", "彩票",
        "车险", "重疾险", "医疗险", "保单", "理赔", "投保", "退保",
        // Card perks.
        "积分", "年费", "提额", "账单日", "里程",
        // Rent, building work, jobs, a business of one's own.
        "租房", "退押金", "物业费", "装修", "劳动合同", "劳动仲裁", "劳动监察", "辞职", "离职", "试用期", "加班费", "裁员",
        "合伙", "个体户", "营业执照", "货款", "供应商", "工伤", "交通事故",
        // Shopping, phone bills, family occasions, school.
        "网购", "假货", "闲鱼", "淘宝", "拼多多", "外卖", "话费", "套餐", "宽带", "彩礼", "份子钱", "考研", "助学贷款",
        // Lending to someone else; asking where to borrow.
        "借给", "借钱给", "下款快", "不看征信", "口子", "秒批",
    ];

    private static readonly TermMatcher Matcher = new(Words);

    /// <summary>The character pairs inside the words: only a slip that sounds like one of them can make a word.</summary>
    private static readonly HashSet<string> Pairs = [.. Words.SelectMany(w => Enumerable.Range(0, Math.Max(0, w.Length - 1)).Select(i => w.Substring(i, 2)))];

    /// <summary>
    /// Whether the question names an off-topic word that the article's head fields do not hold, as typed or read
    /// through a slip of the input method ("房带" for 房贷: see <see cref="QueryReader.ReadHomophones"/>).
    /// </summary>
    public static bool Against(SearchData data, AnalyzedQuery query, int articleId)
    {
        var index = data.Index;
        if (Against(index, query.Normalized, articleId))
        {
            return true;
        }

        foreach (var concept in query.Concepts)
        {
            // A slip's concept: the typed pair no article holds, then the pairs of the index that sound the same.
            var alternatives = concept.Alternatives;
            if (!concept.FromSynonym || alternatives.Count < 2 || alternatives[0] is not [{ Length: 2 } typed] || index.DocumentFrequency(typed) > 0)
            {
                continue;
            }

            for (var a = 1; a < alternatives.Count; a++)
            {
                if (alternatives[a] is [{ Length: 2 } sound] && Pairs.Contains(sound) && Against(index, query.Normalized.Replace(typed, sound, StringComparison.Ordinal), articleId))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Against(SearchIndex index, string text, int articleId)
    {
        foreach (var (word, _) in Matcher.Occurrences(text))
        {
            if (!InHead(index, Words[word], articleId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every term of the word (its character pairs, or itself in letters) in one of the article's head fields.</summary>
    private static bool InHead(SearchIndex index, string word, int articleId)
    {
        foreach (var (start, length) in ChineseTokenizer.Ranges(word))
        {
            if (index.Find(word.AsSpan(start, length)) is not { } postings || (postings.FieldsIn(articleId) & Head) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
