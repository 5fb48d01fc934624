namespace DebtHelp.Web.Search;

/// <summary>Whether a cue found in a clause counts there: negation, someone else's words or person, a debt that ends.</summary>
internal static partial class CrisisScore
{
    private static bool Counts(CrisisCue cue, int at, int end, Context context)
    {
        var clause = context.Clause;
        if (cue.AtClauseEnd && !AtEnd(clause, end))
        {
            return false;
        }

        if (cue.Concept == CrisisConcept.Practical)
        {
            return true;
        }

        var before = clause.AsSpan(0, at);
        if (context.Quoted || Negated(before) || CrisisSigns.ReportedSpeech().IsMatch(before) || ContainsAny(before, Prompted)
            || CrisisSigns.ToldOfThePast(clause, at, end, context.Recovered))
        {
            return false;
        }

        // A goodbye is addressed to someone else ("帮我跟我女儿说爸爸爱她"), though a will is someone's ("父亲走前交代后事"). An act is told of whoever was named last, even
        // in an earlier clause; a feeling only of whoever its own clause names.
        if ((AboutAPerson(cue.Concept) && !cue.OthersNamed) || (cue.Concept == CrisisConcept.Farewell && cue.Weight >= CrisisLexicon.Threshold))
        {
            var named = LastNamed(before);
            var other = named == Named.Other
                || (named == Named.None && context.EarlierOther && cue.Concept is CrisisConcept.Ending or CrisisConcept.Means or CrisisConcept.Death);
            if (other)
            {
                return false;
            }
        }

        // What ends, when the writer is not its subject, may be a debt ("结束分期", "平台消失了", "解脱了，最后一笔还完了").
        if (cue.Concept == CrisisConcept.Ending && cue.Weight < 3 && !cue.Text.StartsWith('我') && (AboutADebt(clause, at, end) || context.Settled))
        {
            return false;
        }

        // "想一了百了地还清所有网贷": the relief of a debt paid off.
        if (context.Settled && (cue.Text.Contains("一了百了", StringComparison.Ordinal) || cue.Text.Contains("解脱", StringComparison.Ordinal)))
        {
            return false;
        }

        // "生意撑不下去了": a shop that cannot go on is about money.
        return cue.Concept != CrisisConcept.NoWayOut || !ContainsAny(before, CrisisSigns.Businesses);
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The families said of a person, who may be someone other than the writer; a goodbye, a time, a place, a dose and
    /// a decision are read with the rest of the message.
    /// </summary>
    private static bool AboutAPerson(CrisisConcept concept) =>
        concept is not (CrisisConcept.Farewell or CrisisConcept.Resolve or CrisisConcept.Time or CrisisConcept.Place or CrisisConcept.Dose);

    /// <summary>"我不会做傻事", "没有轻生的念头"; but "是不是我死了" asks, it does not deny.</summary>
    private static bool Negated(ReadOnlySpan<char> before) => CrisisSigns.Negated().IsMatch(before) && !before.EndsWith("是不是", StringComparison.Ordinal);

    private static bool AtEnd(string clause, int end)
    {
        for (var i = end; i < clause.Length; i++)
        {
            if (!Particles.Contains(clause[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AboutADebt(string clause, int at, int end)
    {
        var from = Math.Max(0, at - 6);
        return ContainsAny(clause.AsSpan(from, Math.Min(clause.Length, end + 8) - from), DebtThings);
    }

    /// <summary>The clause before ends in a verb of saying: what follows is what was said ("催收骂：你怎么不去死").</summary>
    private static bool EndsWithSpeech(string clause) => clause.Length > 0 && "说讲骂吼喊".Contains(clause[^1], StringComparison.Ordinal);

    private enum Named
    {
        None,
        Writer,
        Other,
    }

    /// <summary>Who was named last: the writer (我), someone else ("我哥", "借款人"; "他们逼我" names the writer last), or nobody.</summary>
    private static Named LastNamed(ReadOnlySpan<char> text)
    {
        var other = -1;
        foreach (var name in CrisisSigns.Others)
        {
            other = Math.Max(other, text.LastIndexOf(name, StringComparison.Ordinal));
        }

        var writer = text.LastIndexOf('我');
        return other < 0 && writer < 0 ? Named.None : other > writer ? Named.Other : Named.Writer;
    }

    private static bool LastNamedIsSomeoneElse(string clause, bool before) => LastNamed(clause) switch
    {
        Named.Other => true,
        Named.Writer => false,
        _ => before,
    };
}
