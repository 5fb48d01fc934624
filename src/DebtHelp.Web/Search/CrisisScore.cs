using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>
/// Weighs the weak signals of <see cref="CrisisLexicon"/> across a message: each family counts once at its strongest
/// cue, a practical question about the debt counts against, and the message raises the flag at
/// <see cref="CrisisLexicon.Threshold"/>. Three weak cues are only enough when one of them is a means or a place (a
/// plan: "药准备好了，今晚"); otherwise it takes a cue of weight 2 or more. A cue does not count when it is negated
/// ("我不会做傻事"), when it is in someone else's words ("催收说…") or about someone else ("我哥…"), and, for the words
/// of ending, when a debt is what ends ("结束分期", "平台消失了").
/// </summary>
internal static partial class CrisisScore
{
    private const int Families = (int)CrisisConcept.Practical + 1;

    /// <summary>More cues than any message needs to be read: the rest are not looked for.</summary>
    private const int MaxHits = 48;

    /// <summary>The particles that may follow a cue that counts only at the end of its clause.</summary>
    private const string Particles = "了啊吧呀啦喇咯哦啰呢嘛的";

    /// <summary>What may be what ends rather than a life: the debt, its platform, a place one moves away from.</summary>
    private static readonly string[] DebtThings =
    [
        "分期", "贷", "这笔", "债", "欠款", "催收", "骚扰", "循环", "平台", "合同", "诉讼", "案子", "账", "记录", "城市", "公司",
        "老家", "微信", "群", "继承", "工作", "单位", "家乡", "出来", "困扰", "关系", "通话", "电话", "逾期", "还款", "人员", "这件事", "此事",
    ];

    /// <summary>
    /// Cantonese written as spoken, folded to the Mandarin the lexicon is written in (same length); and 著, which
    /// OpenCC leaves as it is, to the 着 of 活着.
    /// </summary>
    private static readonly (string Cantonese, string Mandarin)[] CantonesePhrases =
        [("唔使", "不用"), ("听日", "明天"), ("屋企", "家里"), ("乜都", "什么"), ("点样", "怎样"), ("冇人", "没人"), ("边个", "谁来")];

    private const string CantoneseChars = "唔冇咗瞓谂嘅佢啲饮著";

    /// <summary>What marks a clause as Cantonese: its characters, and 边 of 边个 (who), which may stand alone in a clause.</summary>
    private static readonly System.Buffers.SearchValues<char> CantoneseSearch = System.Buffers.SearchValues.Create(CantoneseChars + "边");

    private const string MandarinChars = "不没了睡想的他的喝着";

    /// <summary>A cue found: its family, weight and where it is.</summary>
    private readonly record struct Hit(CrisisConcept Concept, int Weight, int Clause, int Start, int End);

    /// <summary>Someone else asking the writer, or making them ("我妈问我是不是想不开", "上门的人说要让我从楼上下去").</summary>
    private static readonly string[] Prompted = ["问我", "让我", "叫我", "要我去", "人说"];

    /// <summary>True when the clauses of a normalised message weigh enough to raise the crisis flag.</summary>
    public static bool Signals(string[] clauses)
    {
        Span<Hit> hits = stackalloc Hit[MaxHits];
        var count = 0;
        var earlierOther = false;
        var settled = Array.Exists(clauses, c => CrisisSigns.PaidOff.Any(p => c.Contains(p, StringComparison.Ordinal)));
        var recovered = Array.Exists(clauses, c => CrisisSigns.Recovered.Any(p => c.Contains(p, StringComparison.Ordinal)));
        var contexts = new Context[clauses.Length];
        for (var c = 0; c < clauses.Length && count < MaxHits; c++)
        {
            var clause = Fold(clauses[c]);
            var context = new Context(clause, earlierOther, c > 0 && EndsWithSpeech(clauses[c - 1]), settled, recovered);
            for (var at = 0; at < clause.Length && count < MaxHits; at++)
            {
                if (CrisisLexicon.ByFirst.TryGetValue(clause[at], out var cues))
                {
                    foreach (var cue in cues)
                    {
                        if (count < MaxHits && Match(clause, at, cue, firstSwapped: false) is var end and >= 0 && Counts(cue, at, end, context))
                        {
                            hits[count++] = new Hit(cue.Concept, cue.Weight, c, at, end);
                        }
                    }
                }

                if (at + 1 < clause.Length && CrisisLexicon.BySecond.TryGetValue(clause[at + 1], out var bySound))
                {
                    foreach (var cue in bySound)
                    {
                        if (count < MaxHits && cue.Text[0] != clause[at] && Match(clause, at, cue, firstSwapped: true) is var end and >= 0
                            && Counts(cue, at, end, context))
                        {
                            hits[count++] = new Hit(cue.Concept, cue.Weight, c, at, end);
                        }
                    }
                }
            }

            contexts[c] = context;
            earlierOther = LastNamedIsSomeoneElse(clause, earlierOther);
        }

        count = AddShapes(contexts, hits, count);
        return count > 0 && Enough(hits[..count], clauses);
    }

    /// <summary>What a cue is read against: its clause, who was named last before it, what comes before the message.</summary>
    private readonly record struct Context(string Clause, bool EarlierOther, bool Quoted, bool Settled, bool Recovered);

    /// <summary>
    /// Each family at its strongest cue (the longest of equals, so that a shape covering the message counts as the whole of it), one more when that cue weighs 2 or more and a second stands elsewhere in the same
    /// family ("拖累家人…对谁都好"), and more when the cue is the whole message ("想结束", "楼顶": nothing else to read it by).
    /// </summary>
    private static bool Enough(ReadOnlySpan<Hit> hits, string[] clauses)
    {
        Span<int> score = stackalloc int[Families];
        var strongest = 0;
        for (var f = 0; f < Families; f++)
        {
            var concept = (CrisisConcept)f;
            Hit? best = null;
            foreach (var hit in hits)
            {
                if (hit.Concept == concept && (best is not { } b || hit.Weight > b.Weight || (hit.Weight == b.Weight && hit.End - hit.Start > b.End - b.Start)))
                {
                    best = hit;
                }
            }

            if (best is not { } top)
            {
                continue;
            }

            score[f] = top.Weight;
            if (concept != CrisisConcept.Practical && HasSecond(hits, top))
            {
                score[f]++;
            }

            if (clauses.Length == 1 && top.Start <= 3 && AtEnd(clauses[0], top.End) && concept != CrisisConcept.Practical)
            {
                score[f] += concept is CrisisConcept.Means or CrisisConcept.Place ? 2 : 1;
            }

            strongest = Math.Max(strongest, score[f]);
        }

        var total = 0;
        foreach (var s in score)
        {
            total += s;
        }

        // A strong cue is enough even in a practical question ("想去死 征信已经黑了"); weak ones need the sum, and three
        // weak ones only make a plan with a means or a place ("药准备好了，今晚").
        var plan = score[(int)CrisisConcept.Means] > 0 || score[(int)CrisisConcept.Place] > 0;
        return strongest >= CrisisLexicon.Threshold || (total >= CrisisLexicon.Threshold && (strongest >= 2 || plan));
    }

    /// <summary>Another cue in the family of a strongest cue of weight 2 or more, not overlapping it ("用刀划自己").</summary>
    private static bool HasSecond(ReadOnlySpan<Hit> hits, Hit top)
    {
        foreach (var h in hits)
        {
            if (h.Concept == top.Concept && h.Weight >= 1 && top.Weight >= 2 && h != top && (h.Clause != top.Clause || h.End <= top.Start || h.Start >= top.End))
            {
                return true;
            }
        }

        return false;
    }

    private static string Fold(string clause)
    {
        if (clause.AsSpan().IndexOfAny(CantoneseSearch) < 0)
        {
            return clause;
        }

        var chars = clause.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            foreach (var (cantonese, mandarin) in CantonesePhrases)
            {
                if (clause.AsSpan(i).StartsWith(cantonese, StringComparison.Ordinal))
                {
                    mandarin.CopyTo(chars.AsSpan(i));
                }
            }

            if (CantoneseChars.IndexOf(chars[i], StringComparison.Ordinal) is var k and >= 0)
            {
                chars[i] = MandarinChars[k];
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// The cue at <paramref name="at"/>, exactly or with one character that sounds the same; the end of the match,
    /// or -1.
    /// </summary>
    private static int Match(string clause, int at, CrisisCue cue, bool firstSwapped)
    {
        var text = cue.Text;
        if (at + text.Length > clause.Length || (firstSwapped && !SoundsLike(clause[at], cue.Sounds[0])))
        {
            return -1;
        }

        var swapped = firstSwapped;
        for (var i = firstSwapped ? 1 : 0; i < text.Length; i++)
        {
            if (clause[at + i] == text[i])
            {
                continue;
            }

            if (swapped || !cue.MatchesBySound || i == 0 || !SoundsLike(clause[at + i], cue.Sounds[i]))
            {
                return -1;
            }

            swapped = true;
        }

        if (at > 0 && cue.NotBefore.Contains(clause[at - 1], StringComparison.Ordinal))
        {
            return -1;
        }

        var end = at + text.Length;
        if (cue.Tail.Length > 0)
        {
            var tail = clause.IndexOf(cue.Tail, end, Math.Min(clause.Length - end, CrisisLexicon.Gap + cue.Tail.Length), StringComparison.Ordinal);
            if (tail < 0)
            {
                return -1;
            }

            end = tail + cue.Tail.Length;
        }

        return end < clause.Length && cue.NotAfter.Contains(clause[end], StringComparison.Ordinal) ? -1 : end;
    }

    /// <summary>The typed character's commonest reading is one of the cue character's ("或" for 活, not "和").</summary>
    private static bool SoundsLike(char typed, string[] readings)
    {
        var typedReadings = Homophones.ReadingsOf(typed);
        return typedReadings.Length > 0 && readings.Contains(typedReadings[0]);
    }
}
