namespace DebtHelp.Web.Search;

/// <summary>The structures of <see cref="CrisisShapes"/>, matched once over the whole message rather than once a clause.</summary>
internal static partial class CrisisScore
{
    /// <summary>
    /// Adds the shapes found to <paramref name="hits"/> and returns the new count. The clauses are joined by spaces,
    /// which no shape crosses, so each match lies in one clause and is read against that clause's context.
    /// </summary>
    private static int AddShapes(Context[] contexts, Span<Hit> hits, int count)
    {
        var text = contexts.Length == 1 ? contexts[0].Clause : string.Join(' ', Array.ConvertAll(contexts, c => c.Clause));
        var present = CrisisShapes.Present(text);
        for (var i = 0; i < CrisisShapes.All.Length; i++)
        {
            var (pattern, cue, _) = CrisisShapes.All[i];
            if ((present & CrisisShapes.Needs[i]) != CrisisShapes.Needs[i])
            {
                continue;
            }

            foreach (var m in pattern.EnumerateMatches(text))
            {
                var (clause, start) = ClauseAt(contexts, m.Index);
                if (count < MaxHits && Counts(cue, m.Index - start, m.Index - start + m.Length, contexts[clause]))
                {
                    hits[count++] = new Hit(cue.Concept, cue.Weight, clause, m.Index - start, m.Index - start + m.Length);
                }
            }
        }

        return count;
    }

    /// <summary>The clause a position of the joined text falls in, and where that clause starts.</summary>
    private static (int Clause, int Start) ClauseAt(Context[] contexts, int index)
    {
        var start = 0;
        for (var c = 0; c < contexts.Length; c++)
        {
            var end = start + contexts[c].Clause.Length;
            if (index < end)
            {
                return (c, start);
            }

            start = end + 1;
        }

        return (contexts.Length - 1, start);
    }
}
