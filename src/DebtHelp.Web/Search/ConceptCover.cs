namespace DebtHelp.Web.Search;

/// <summary>
/// Which candidates hold a concept, and in which field: the intersection of the postings of all terms of one way
/// of saying it. Walks whichever is shorter, the shortest list or the candidates, and steps over the other lists
/// (<see cref="SortedIds.Seek"/>), so a concept made of common pairs costs the candidates, not the corpus.
/// </summary>
public static class ConceptCover
{
    /// <summary>
    /// For every candidate holding all terms of <paramref name="alternative"/>, raises its strength for the
    /// concept to that of the best field holding them all (any field at all counts as body).
    /// </summary>
    /// <param name="relevance">Per article id; above zero for the candidates.</param>
    /// <param name="candidates">The candidates' ids, ascending.</param>
    public static void Add(SearchIndex index, IReadOnlyList<string> alternative, double[] relevance, ReadOnlySpan<int> candidates,
        double[] strength, List<int> touched, RankingWeights weights)
    {
        if (alternative.Count == 0)
        {
            return;
        }

        var lists = new SearchIndex.Postings[alternative.Count];
        for (var t = 0; t < lists.Length; t++)
        {
            if (index.Find(alternative[t]) is not { } postings)
            {
                return;
            }

            lists[t] = postings;
        }

        Array.Sort(lists, (a, b) => a.Count.CompareTo(b.Count));
        var dense = new DensePositions?[lists.Length];
        for (var t = 0; t < lists.Length; t++)
        {
            dense[t] = DensePositions.Worthwhile(lists[t].Count, index.IdLimit) ? lists[t].Dense : null;
        }

        var cursors = new int[lists.Length];
        var first = lists[0];
        // Seeking costs a few steps per candidate where walking costs one per posting; a long list's own bits, one.
        if (candidates.Length * 4 < first.Count || (dense[0] is not null && candidates.Length < first.Count))
        {
            foreach (var d in candidates)
            {
                if (Holds(lists, dense, cursors, 0, d, out var mask))
                {
                    Raise(d, mask, strength, touched, weights);
                }
            }

            return;
        }

        for (var i = 0; i < first.Docs.Length; i++)
        {
            var d = first.Docs[i];
            if (relevance[d] != 0 && Holds(lists, dense, cursors, 1, d, out var rest))
            {
                Raise(d, first.Masks[i] & rest, strength, touched, weights);
            }
        }
    }

    /// <summary>
    /// Whether lists <paramref name="from"/>… all hold <paramref name="d"/>, and the fields they share: looked up in a
    /// long list's bits, or sought from the cursor in a short one (cursors move forward, so ids must come ascending).
    /// </summary>
    private static bool Holds(SearchIndex.Postings[] lists, DensePositions?[] dense, int[] cursors, int from, int d, out SearchIndex.Field mask)
    {
        mask = (SearchIndex.Field)0xFF;
        for (var t = from; t < lists.Length; t++)
        {
            int at;
            if (dense[t] is { } bits)
            {
                at = bits.PositionOf(d);
                if (at < 0)
                {
                    return false;
                }
            }
            else
            {
                var docs = lists[t].Docs;
                ref var cursor = ref cursors[t];
                at = cursor = SortedIds.Seek(docs, cursor, d);
                if (at >= docs.Length || docs[at] != d)
                {
                    return false;
                }
            }

            mask &= lists[t].Masks[at];
        }

        return true;
    }

    private static void Raise(int d, SearchIndex.Field mask, double[] strength, List<int> touched, RankingWeights weights)
    {
        var s = FieldStrength(mask, weights);
        if (s > strength[d])
        {
            if (strength[d] == 0)
            {
                touched.Add(d);
            }

            strength[d] = s;
        }
    }

    /// <summary>How strongly an article holds a concept: in its title, its listed questions, its summary or headings, or only its body.</summary>
    private static double FieldStrength(SearchIndex.Field mask, RankingWeights weights) =>
        (mask & SearchIndex.Field.Title) != 0 ? weights.TitleStrength
        : (mask & SearchIndex.Field.Questions) != 0 ? weights.QuestionsStrength
        : (mask & SearchIndex.Field.Lead) != 0 ? weights.LeadStrength
        : weights.BodyStrength;
}
