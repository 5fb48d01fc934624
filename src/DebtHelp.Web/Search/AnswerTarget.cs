namespace DebtHelp.Web.Search;

/// <summary>
/// Where a result's link should land. Readers need the title, the short answer and the first steps, so the link
/// goes to the top of the article; only a section whose heading itself asks what the reader asked (most of the
/// question's weight, two ideas at least) and asks it better than the article's title does is the specific answer
/// worth jumping to.
/// </summary>
public static class AnswerTarget
{
    public static bool IsSpecific(SearchData data, AnalyzedQuery query, SearchData.SectionInfo section, RankingWeights weights)
    {
        var heading = section.NormalizedHeading;
        if (heading.Length == 0)
        {
            return false;
        }

        var (headingShare, headingCount) = Share(data, query, heading);
        if (headingCount < weights.SpecificSectionMinConcepts || headingShare < weights.SpecificSectionShare)
        {
            return false;
        }

        var (titleShare, _) = Share(data, query, data.NormalizedTitle(section.ArticleId));
        return headingShare >= titleShare + weights.SpecificSectionLead;
    }

    /// <summary>The share of the question's weight whose ideas <paramref name="text"/> holds, and how many ideas.</summary>
    private static (double Share, int Count) Share(SearchData data, AnalyzedQuery query, string text)
    {
        double total = 0, matched = 0;
        var count = 0;
        var weights = query.ConceptWeights(data);
        for (var i = 0; i < weights.Length; i++)
        {
            var weight = weights[i];
            if (double.IsNaN(weight))
            {
                continue;
            }

            var concept = query.Concepts[i];
            total += weight;
            if (concept.Alternatives.Any(a => a.Count > 0 && a.All(t => text.Contains(t, StringComparison.Ordinal))))
            {
                matched += weight;
                count++;
            }
        }

        return (total > 0 ? matched / total : 0, count);
    }
}
