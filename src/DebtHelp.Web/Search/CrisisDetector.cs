using System.Text.RegularExpressions;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>
/// Recognises a message from someone who may hurt themselves ("想死", "活不下去", "撑不下去了", indirect ones such as
/// "一了百了", "遗书", "站在天台上", 繁體, Cantonese, pinyin and typos included), so the results page can put the crisis
/// help above everything else. It reads a message three ways and fires when any does:
/// <list type="number">
/// <item>Strong phrases (<see cref="CrisisSigns"/>): patterns each of which is enough on its own, with the exclusions
/// their words need (想死你们了, 跳楼价, 自杀式还款).</item>
/// <item>Weak signals weighed together (<see cref="CrisisScore"/> over <see cref="CrisisLexicon"/>): words of despair,
/// ending, sleep, burden, goodbye, somewhere else, a time, a place, a means, a dose and a decision, each family counted
/// once at its strongest word, so that "药都攒好了" and "今晚" and "天台" add up where no one of them would, and a
/// practical question about the debt weighs against. This is the part meant to generalise to phrasings nobody listed:
/// a cue may have a word between its parts, one character typed by sound, Cantonese or 著 folded.</item>
/// <item>When neither fires, a learned second reader (<see cref="CrisisModel"/>, character pieces weighed by a logistic
/// regression trained on the development lists) may, at a threshold above the out-of-fold score of every training
/// sentence the rules leave alone, unless the message
/// has what the rules exclude (<see cref="CrisisModelVeto"/>).</item>
/// </list>
/// All three err on the side of firing for what the writer says about themselves, and stay quiet for the everyday
/// hyperbole of 死 (吓死了, 烦死了, 死机), for a threat the reader reports a collector making ("催收说要弄死我" is a
/// police matter), for a death the reader tells of someone else ("我哥跳楼走了", a film's hero), for the writer saying
/// they are not thinking of it ("我不会想不开的"), for a despair the message says is over ("以前想过轻生，现在好了"),
/// and for the relief of a debt paid off ("终于解脱了，网贷全部还清").
/// </summary>
public static class CrisisDetector
{
    /// <summary>The article the crisis box leads to.</summary>
    public const string ArticleSlug = "crisis-support";

    /// <summary>Shown second: living with debt, with its own section on feeling unable to cope.</summary>
    public const string CopingSlug = "coping-with-debt";

    private enum Kind
    {
        Wish,
        Act,
        GoingOn,
        Breakdown,
    }

    private static readonly (Kind Kind, Regex Pattern)[] Signs =
    [
        (Kind.Wish, CrisisSigns.WishToDie()), (Kind.Wish, CrisisSigns.NoWishToLive()), (Kind.Wish, CrisisSigns.EndingIt()),
        (Kind.Wish, CrisisSigns.Burden()), (Kind.Wish, CrisisSigns.Goodbye()), (Kind.Wish, CrisisSigns.OnTheEdge()),
        (Kind.Act, CrisisSigns.Act()), (Kind.Act, CrisisSigns.Plan()), (Kind.GoingOn, CrisisSigns.GoingOn()), (Kind.Breakdown, CrisisSigns.Breakdown()),
    ];

    /// <summary>What the detector makes of a message: a crisis (the crisis box first), or a strain short of one (a quiet line of support), or neither.</summary>
    public readonly record struct Reading(bool Crisis, bool Strain);

    /// <summary>Where the learned reader's lean is enough for the support line (its crisis threshold is far higher).</summary>
    private const double StrainProbability = 0.5;

    private static readonly TermMatcher StrainWords = new(CrisisSigns.Strain);

    /// <summary>True when the message signals self-harm or despair by its writer.</summary>
    public static bool Signals(string? raw) => Read(raw).Crisis;

    /// <summary>True when the message is no crisis but speaks of a strain (see <see cref="Read"/>).</summary>
    public static bool Strain(string? raw) => Read(raw).Strain;

    /// <summary>
    /// Reads a message once for both answers. Crisis: the rules, or the learned reader confident with no exclusion
    /// against it. Strain, for a message that is no crisis: it speaks of a strain ("压力大得睡不着", "我快撑不住了",
    /// "好绝望", <see cref="CrisisSigns.Strain"/>), or the learned reader leans towards a crisis without being sure; the
    /// results page then offers a quiet line of support (the article on getting through the days, and the crisis page)
    /// without putting the crisis box first. It errs on the side of showing the line: a stressed reader who gets it
    /// needlessly loses a line of text; one who needed it and did not get it loses more.
    /// </summary>
    public static Reading Read(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return default;
        }

        var clauses = Clauses(raw);
        if (RulesSignal(raw, clauses))
        {
            return new Reading(Crisis: true, Strain: false);
        }

        if (clauses.Length == 0)
        {
            return default;
        }

        var model = CrisisModel.Default;
        var probability = model.Probability(clauses);
        var vetoed = probability >= StrainProbability && CrisisModelVeto.Applies(clauses);
        if (probability >= model.Threshold && !vetoed)
        {
            return new Reading(Crisis: true, Strain: false);
        }

        return new Reading(Crisis: false, Strain: SpeaksOfStrain(string.Concat(clauses)) || (probability >= StrainProbability && !vetoed));
    }

    /// <summary>A word of strain, unless the only one is 崩溃 said of a program ("系统崩溃了").</summary>
    private static bool SpeaksOfStrain(string compact)
    {
        var found = StrainWords.Occurrences(compact);
        return found.Count > 0
            && (found.Exists(f => CrisisSigns.Strain[f.Word] != "崩溃") || !CrisisSigns.Programs.Any(w => compact.Contains(w, StringComparison.Ordinal)));
    }

    /// <summary>
    /// The message as the detector reads it: clauses end at punctuation (a space once normalised); inside one, spaces
    /// and case do not matter. Pinyin typed among characters ("不想huo了") is read as the characters it spells.
    /// </summary>
    internal static string[] Clauses(string raw) =>
        CrisisPinyin.Spell(TextNormalizer.Normalize(raw.Length > 600 ? raw[..600] : raw)).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The rules alone: the strong phrases, then the weak signals weighed together.</summary>
    internal static bool RulesSignal(string raw, string[] clauses)
    {
        var before = "";
        for (var i = 0; i < clauses.Length; i++)
        {
            if (ClauseSignals(clauses[i], before, i + 1 < clauses.Length ? clauses[i + 1] : "", raw))
            {
                return true;
            }

            before += clauses[i];
        }

        var compact = string.Concat(clauses);
        return CrisisSigns.Farewell().IsMatch(compact) || CrisisSigns.Decided().IsMatch(compact) || CrisisSigns.Whole().IsMatch(compact)
            || Emoji(raw, compact)
            || CrisisSigns.Latin.Any(w => compact.Contains(w, StringComparison.Ordinal)) || CrisisPinyin.SpelledOut(compact)
            || CrisisScore.Signals(clauses);
    }

    /// <summary>
    /// The learned second reader (<see cref="CrisisModel"/>), for what the rules miss, unless the message has what the
    /// rules exclude: then the rules have read it and their silence stands.
    /// </summary>
    internal static bool ModelSignals(string[] clauses) =>
        clauses.Length > 0 && CrisisModel.Default.Confident(clauses) && !CrisisModelVeto.Applies(clauses);

    /// <summary>A rope on its own, or pills or a knife with a time or a "ready" ("💊已经准备好了", "🪢 今晚"): emoji are not text once normalised.</summary>
    private static bool Emoji(string raw, string compact) =>
        raw.Contains("\U0001FAA2", StringComparison.Ordinal)
        || ((raw.Contains("\U0001F48A", StringComparison.Ordinal) || raw.Contains("\U0001F52A", StringComparison.Ordinal))
            && (compact.Length == 0 || CrisisSigns.EmojiContext().IsMatch(compact)));

    private static bool ClauseSignals(string clause, string earlier, string next, string raw)
    {
        foreach (var (kind, pattern) in Signs)
        {
            foreach (var match in pattern.EnumerateMatches(clause))
            {
                if (Counts(clause, match.Index, clause.Substring(match.Index, match.Length), kind, earlier, next, raw))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Counts(string clause, int at, string phrase, Kind kind, string earlier, string next, string raw)
    {
        var before = clause[..at];
        if (CrisisSigns.ReportedSpeech().IsMatch(before) || CrisisSigns.Negated().IsMatch(before))
        {
            return false;
        }

        if ((phrase == "一了百了" || phrase.EndsWith("解脱了", StringComparison.Ordinal))
            && (CrisisSigns.Settled().IsMatch(earlier + before) || CrisisSigns.PaidOff.Any(p => raw.Contains(p, StringComparison.Ordinal))))
        {
            return false;
        }

        // "以前想过轻生，现在好了": told of a past the message says is over.
        if (CrisisSigns.ToldOfThePast(clause, at, at + phrase.Length, CrisisSigns.Recovered.Any(w => raw.Contains(w, StringComparison.Ordinal))))
        {
            return false;
        }

        // "我想解脱，有没有债务重组的办法": the next clause names what the writer wants to be free of.
        if (phrase.StartsWith("想解脱", StringComparison.Ordinal) && CrisisSigns.DebtRemedy().IsMatch(next))
        {
            return false;
        }

        return kind switch
        {
            // Breaking down is distress, not a wish to die: alone it brings the crisis help, but in a story that goes
            // on to ask something ("我快崩溃了……他们真的会来吗") the reader is asking that.
            Kind.Breakdown => !CrisisSigns.Programs.Any(w => (earlier + before).Contains(w, StringComparison.Ordinal)) && QuestionExtractor.Asks(raw).Count == 0,
            Kind.GoingOn => !CrisisSigns.Businesses.Any(w => Near(before, 3).Contains(w, StringComparison.Ordinal)) && !ToldOfSomeoneElse(before),
            // 去 of 去年 ("我哥去年跳河走了") is a time, not an intention.
            Kind.Act => !ToldOfSomeoneElse(before) || CrisisSigns.Intends(Near(before, 2)),
            _ => true,
        };
    }

    /// <summary>The last person named before the act is someone other than the writer ("我哥跳楼", not "他们逼我跳楼").</summary>
    private static bool ToldOfSomeoneElse(string before)
    {
        var other = CrisisSigns.Others.Max(w => before.LastIndexOf(w, StringComparison.Ordinal));
        return other >= 0 && other > before.LastIndexOf('我');
    }

    private static string Near(string before, int length) => before.Length > length ? before[^length..] : before;
}
