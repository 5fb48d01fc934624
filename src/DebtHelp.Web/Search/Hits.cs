using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.Search;

/// <summary>A ranked article made into a hit: its best passage, that passage's heading and a snippet.</summary>
public static class Hits
{
    /// <summary>
    /// The hit's passage that best matches the question: the one holding the most telling lookup terms
    /// (weighted by rarity), a heading match counting double. Done in memory for the few hits only; a character
    /// pair the article's postings do not hold is in none of its passages, so only the pairs it holds are looked for.
    /// </summary>
    /// <param name="idfs">The rarity of each lookup term, in the same order.</param>
    public static int? BestPassage(SearchData data, IReadOnlyList<(string Term, SearchIndex.Postings Postings)> lookup, IReadOnlyList<double> idfs, int articleId, RankingWeights weights)
    {
        if (!data.SectionRanges.TryGetValue(articleId, out var range))
        {
            return null;
        }

        var present = new List<(string Term, double Idf, bool InHeadings)>(lookup.Count);
        for (var i = 0; i < lookup.Count; i++)
        {
            var (term, postings) = lookup[i];
            var mask = SearchIndex.Field.Title | SearchIndex.Field.Questions | SearchIndex.Field.Lead | SearchIndex.Field.Body;
            if (IsPair(term))
            {
                mask = postings.FieldsIn(articleId);
                if (mask == 0)
                {
                    continue;
                }
            }

            present.Add((term, idfs[i], (mask & SearchIndex.Field.Lead) != 0));
        }

        if (present.Count == 0)
        {
            return null;
        }

        int? best = null;
        var bestScore = 0.0;
        for (var id = range.First; id <= range.Last; id++)
        {
            if (!data.Sections.TryGetValue(id, out var section))
            {
                continue;
            }

            var text = section.NormalizedText;
            var heading = section.NormalizedHeading;
            var score = 0.0;
            foreach (var (term, idf, inHeadings) in present)
            {
                if (inHeadings && heading.Contains(term, StringComparison.Ordinal))
                {
                    score += weights.PassageHeadingFactor * idf;
                }
                else if (text.Contains(term, StringComparison.Ordinal))
                {
                    score += idf;
                }
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = id;
            }
        }

        return best;
    }

    /// <summary>Two Chinese characters: a term the index holds for every place it occurs (a lone character or a word need not be).</summary>
    private static bool IsPair(string term) => term.Length == 2 && TextNormalizer.IsHan(term[0]) && TextNormalizer.IsHan(term[1]);

    public static SearchHit Hit(SearchData data, AnalyzedQuery query, int articleId, double score, int? sectionId, RankingWeights weights)
    {
        var article = data.Articles[articleId];
        var anchor = "";
        var heading = "";
        var passage = article.Summary;
        string? normalized = null;
        if (sectionId is { } id && data.Sections.TryGetValue(id, out var section))
        {
            // Answer first: the link goes to the top of the article (title, short answer, steps) unless this
            // section is plainly the specific answer to the question.
            if (section.Anchor.Length > 0 && AnswerTarget.IsSpecific(data, query, section, weights))
            {
                anchor = section.Anchor;
                heading = section.Heading;
            }

            if (section.Text.Length > 0)
            {
                passage = section.Text;
                normalized = section.TrulyNormalized || !query.HasSpacedWords ? section.NormalizedText : TextNormalizer.Normalize(section.Text);
            }
        }

        var (html, text) = Snippets.Make(passage, normalized ?? TextNormalizer.Normalize(passage), query);
        return new SearchHit(article, anchor, heading, html, text, Math.Round(score, 3)) { ArticleId = articleId };
    }
}
