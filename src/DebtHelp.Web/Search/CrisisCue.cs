namespace DebtHelp.Web.Search;

/// <summary>
/// One word of <see cref="CrisisLexicon"/>: its family and weight; an optional second part that may follow within
/// <see cref="CrisisLexicon.Gap"/> characters ("活着" … "没意思" takes "活着真没意思"); characters that may not come
/// right before or after it ("想死" but not "想死你们"); whether it only counts at the end of a clause ("想结束" but not
/// "想结束分期"); and the readings of its characters for a one-character slip of the pinyin input method (empty when
/// the cue is too short or too weak to be matched by sound); and whether the people it names are the ones spared or
/// left behind rather than the ones who act ("不想他们替我还", <see cref="CrisisShapes"/>).
/// </summary>
internal sealed record CrisisCue(
    string Text, string Tail, string NotBefore, string NotAfter, bool AtClauseEnd, CrisisConcept Concept, int Weight, string[][] Sounds,
    bool OthersNamed = false)
{
    public bool MatchesBySound => Sounds.Length > 0;

    /// <summary>Reads the lexicon's notation: <c>X&lt;word</c>, <c>word&gt;Y</c>, <c>head~tail</c>, <c>word$</c>.</summary>
    public static CrisisCue Parse(string entry, CrisisConcept concept, int weight, Func<string, string[][]> sounds)
    {
        var atEnd = entry.EndsWith('$');
        var text = atEnd ? entry[..^1] : entry;
        var notBefore = "";
        var notAfter = "";
        if (text.IndexOf('<', StringComparison.Ordinal) is var lt and >= 0)
        {
            notBefore = text[..lt];
            text = text[(lt + 1)..];
        }

        if (text.IndexOf('>', StringComparison.Ordinal) is var gt and >= 0)
        {
            notAfter = text[(gt + 1)..];
            text = text[..gt];
        }

        var tail = "";
        if (text.IndexOf('~', StringComparison.Ordinal) is var gap and >= 0)
        {
            tail = text[(gap + 1)..];
            text = text[..gap];
        }

        return new CrisisCue(text, tail, notBefore, notAfter, atEnd, concept, weight, sounds(text));
    }
}
