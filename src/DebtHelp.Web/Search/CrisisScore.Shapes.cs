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
        var words = count;
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

        return Absorb(hits, words, count);
    }

    /// <summary>
    /// Drops a word of the lexicon that lies inside a shape of another family and weighs no more than it, so that one
    /// span is not counted twice ("存款都留给弟弟": a thing given away, not also a goodbye's "留给"). Returns the new count.
    /// </summary>
    private static int Absorb(Span<Hit> hits, int words, int count)
    {
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var inside = false;
            for (var j = words; j < count && i < words && !inside; j++)
            {
                var shape = hits[j];
                inside = shape.Concept != hits[i].Concept && shape.Clause == hits[i].Clause && shape.Weight >= hits[i].Weight
                    && hits[i].Start >= shape.Start && hits[i].End <= shape.End;
            }

            if (!inside)
            {
                hits[kept++] = hits[i];
            }
        }

        return kept;
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
