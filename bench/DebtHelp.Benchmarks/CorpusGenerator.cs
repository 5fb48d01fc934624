using System.Globalization;
using System.Text;
using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Benchmarks;

/// <summary>
/// Writes a large content folder that reads like the real one: sentences, headings, titles and questions
/// sampled from the real articles, recombined, with words swapped for their synonyms and made-up case details
/// so that the vocabulary grows the way a real knowledge base's would. Deterministic for a seed.
/// </summary>
public sealed class CorpusGenerator
{
    public const string SlugPrefix = "gen-";

    private static readonly string[] Cities = ["北京", "上海", "广州", "深圳", "成都", "武汉", "西安", "长沙", "郑州", "杭州", "南宁", "昆明", "沈阳", "合肥", "南昌", "贵阳"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭"];
    private static readonly string[] Lenders = ["某消费金融公司", "某网络小贷公司", "某银行信用卡中心", "某借款App", "某外包催收公司", "某助贷平台"];
    private static readonly string[] Amounts = ["三千", "八千", "一万二", "两万", "三万五", "五万", "八万", "十二万"];
    private static readonly string[] CaseEvents =
    [
        "催收人员连续三天在晚上十点以后打电话", "有两个人在楼道里等了一个下午", "对方把欠款信息发进了家族群",
        "自称律师的人说第二天就要起诉", "催收员给单位前台打电话说要找领导", "对方要求先转一笔钱到个人账户",
        "有人在门上贴了催款单", "催收员在电话里骂了很难听的话", "对方拒绝出示工作证和委托书",
    ];
    private static readonly string[] CaseOutcomes =
    [
        "后来通过12378投诉，机构换了催收员", "报警后对方离开了，派出所做了登记", "协商后签了一份分期还款协议",
        "保存了录音和通话记录，最后投诉成功", "找法律援助中心咨询后，按步骤写了投诉信", "核实后发现是冒充催收的诈骗",
    ];
    private static readonly string[] HeadingSuffixes = ["", "", "", "：常见情况", "（补充）", "：要点", "：怎么做", "：注意事项"];
    private static readonly string[] TitleTemplates =
    [
        "{0}怎么办？", "遇到{0}，该怎么应对？", "{0}：你需要知道的几件事", "{0}合法吗？", "{0}时，怎样保护自己？",
        "{0}，可以投诉吗？",
    ];
    private static readonly string[] TitleSubjects =
    [
        "催收上门", "深夜催收", "爆通讯录", "催收打电话到单位", "冒充公检法的催收", "催收威胁坐牢", "网贷逾期",
        "利息和罚息太高", "催收不出示证件", "照片被发到网上", "催收堵门不走", "债权被转让", "上征信", "协商分期失败",
        "催收骚扰家人", "收到律师函", "被要求交解冻费", "催收录音",
    ];
    private static readonly string[] TopicSlugs = ["home-visit-legality", "identity-checks", "evidence", "negotiation", "complaints"];

    private readonly Random _random;
    private readonly List<string> _sentences;
    private readonly List<string> _headings;
    private readonly List<string> _questions;
    private readonly List<string> _titles;
    private readonly List<string> _sources;
    private readonly IReadOnlyList<IReadOnlyList<string>> _synonymGroups;

    public CorpusGenerator(ContentSet real, int seed)
    {
        _random = new Random(seed);
        _sentences = real.Articles
            .SelectMany(a => a.Sections.Select(s => s.Text).Append(a.Summary))
            .SelectMany(SplitSentences)
            .Where(s => s.Length is >= 8 and <= 150)
            .Distinct().ToList();
        _headings = real.Articles.SelectMany(a => a.Sections).Where(s => s.Id.Length > 0 && s.Level == 2).Select(s => s.Heading).Distinct().ToList();
        _questions = real.Articles.SelectMany(a => a.Questions).Distinct().ToList();
        _titles = real.Articles.Select(a => a.Title).ToList();
        _sources = real.Articles.SelectMany(a => a.Sources).Distinct().ToList();
        _synonymGroups = real.Synonyms.Groups.Where(g => g.All(w => w.All(TextNormalizer.IsHan))).ToList();
        if (_sentences.Count == 0 || _headings.Count == 0 || _questions.Count == 0)
        {
            throw new InvalidOperationException("the real content has too little text to sample from");
        }
    }

    public static string Slug(int index) => SlugPrefix + index.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Creates <paramref name="root"/> with topics.yml, synonyms.yml and <paramref name="count"/> articles.</summary>
    /// <returns>Total bytes of the article files.</returns>
    public long Write(string realRoot, string root, int count)
    {
        var articles = Path.Combine(root, ContentLoader.ArticlesFolder);
        Directory.CreateDirectory(articles);
        File.Copy(Path.Combine(realRoot, TopicCatalog.FileName), Path.Combine(root, TopicCatalog.FileName), overwrite: true);
        File.Copy(Path.Combine(realRoot, SynonymTable.FileName), Path.Combine(root, SynonymTable.FileName), overwrite: true);
        long bytes = 0;
        for (var i = 1; i <= count; i++)
        {
            var text = Article(i, count);
            var path = Path.Combine(articles, Slug(i) + ".md");
            File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return bytes;
    }

    private string Article(int index, int count)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(Quote(Title())).Append('\n');
        sb.Append("summary: ").Append(Quote(Vary(Pick(_sentences)) + Vary(Pick(_sentences)))).Append('\n');
        var topics = TopicSlugs.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4));
        sb.Append("topics: [").Append(string.Join(", ", topics)).Append("]\n");
        sb.Append("questions:\n");
        for (var q = _random.Next(3, 7); q > 0; q--)
        {
            sb.Append("  - ").Append(Quote(Vary(Pick(_questions)))).Append('\n');
        }

        var related = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Slug(_random.Next(1, count + 1))).Where(s => s != Slug(index)).Distinct();
        sb.Append("related: [").Append(string.Join(", ", related)).Append("]\n");
        var updated = new DateOnly(2026, 1, 1).AddDays(_random.Next(0, 320));
        sb.Append("updated: ").Append(updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("reviewed: ").Append(updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("sources:\n");
        for (var s = _random.Next(0, 4); s > 0; s--)
        {
            sb.Append("  - ").Append(Quote(Pick(_sources))).Append('\n');
        }

        sb.Append("---\n\n");

        var target = _random.Next(800, 3001);
        var sections = _random.Next(3, 7);
        var bodyStart = sb.Length;
        Paragraph(sb, target / (sections + 1), index, count);
        for (var s = 0; s < sections; s++)
        {
            sb.Append("## ").Append(Vary(Pick(_headings))).Append(Pick(HeadingSuffixes)).Append("\n\n");
            var sectionEnd = bodyStart + (target * (s + 2) / (sections + 1));
            while (sb.Length < sectionEnd)
            {
                if (_random.Next(4) == 0)
                {
                    for (var item = _random.Next(2, 5); item > 0; item--)
                    {
                        sb.Append("- ").Append(Vary(Pick(_sentences))).Append('\n');
                    }

                    sb.Append('\n');
                }
                else
                {
                    Paragraph(sb, Math.Min(400, sectionEnd - sb.Length), index, count);
                }
            }
        }

        return sb.ToString();
    }

    private void Paragraph(StringBuilder sb, int length, int index, int count)
    {
        var start = sb.Length;
        do
        {
            var roll = _random.Next(10);
            if (roll == 0)
            {
                sb.Append(Case());
            }
            else if (roll == 1)
            {
                // A link to another generated article, as writers cross-reference.
                var other = _random.Next(1, count + 1);
                var label = Vary(Pick(_titles)).TrimEnd('？', '?');
                sb.Append(other == index ? Vary(Pick(_sentences)) : $"详见[{label}]({Slug(other)}.md)。");
            }
            else if (roll == 2)
            {
                var sentence = Vary(Pick(_sentences));
                sb.Append("**").Append(sentence.TrimEnd('。')).Append("**").Append(sentence.EndsWith('。') ? "。" : "");
            }
            else
            {
                sb.Append(Vary(Pick(_sentences)));
            }
        }
        while (sb.Length - start < Math.Max(length, 20));

        sb.Append("\n\n");
    }

    private string Title() =>
        _random.Next(3) == 0
            ? Vary(Pick(_titles))
            : string.Format(CultureInfo.InvariantCulture, Pick(TitleTemplates), Vary(Pick(TitleSubjects)));

    private string Case() =>
        $"{Pick(Cities)}的{Pick(Surnames)}{(_random.Next(2) == 0 ? "女士" : "先生")}在{Pick(Lenders)}借了{Pick(Amounts)}元，" +
        $"逾期{_random.Next(1, 13)}个月后，{Pick(CaseEvents)}；{Pick(CaseOutcomes)}。";

    /// <summary>Swaps a word for another of its synonym group now and then, as different writers would.</summary>
    private string Vary(string text)
    {
        if (_random.Next(3) != 0)
        {
            return text;
        }

        var group = Pick(_synonymGroups);
        var from = group.FirstOrDefault(w => w.Length >= 2 && text.Contains(w, StringComparison.Ordinal));
        return from is null ? text : text.Replace(from, Pick(group), StringComparison.Ordinal);
    }

    private T Pick<T>(IReadOnlyList<T> list) => list[_random.Next(list.Count)];

    private static IEnumerable<string> SplitSentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？' or '\n')
            {
                var sentence = text[start..(i + 1)].Trim();
                start = i + 1;
                if (sentence.Length > 0)
                {
                    yield return sentence.EndsWith('\n') ? sentence.TrimEnd() + "。" : sentence;
                }
            }
        }

        if (start < text.Length && text[start..].Trim() is { Length: > 0 } rest)
        {
            yield return rest + "。";
        }
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\"";
}
