namespace DebtHelp.Web.Search;

/// <summary>
/// Where a result's link should land. Readers need the title, the short answer and the first steps, so the link
/// goes to the top of the article; only a section whose heading itself asks what the reader asked (most of the
/// question's weight, two ideas at least) is the specific answer worth jumping to.
/// </summary>
public static class AnswerTarget
{
    public static bool IsSpecific(SearchData data, AnalyzedQuery query, SearchData.SectionInfo section)
    {
        var heading = section.NormalizedHeading;
        if (heading.Length == 0)
        {
            return false;
        }

        double total = 0, matched = 0;
        var count = 0;
        foreach (var concept in query.Concepts)
        {
            var first = concept.Alternatives.FirstOrDefault(a => a.Count > 0);
            if (first is null)
            {
                continue;
            }

            var weight = first.Average(data.Idf);
            total += weight;
            if (concept.Alternatives.Any(a => a.Count > 0 && a.All(t => heading.Contains(t, StringComparison.Ordinal))))
            {
                matched += weight;
                count++;
            }
        }

        return count >= MessageWeights.SpecificSectionMinConcepts && total > 0 && matched / total >= MessageWeights.SpecificSectionShare;
    }
}
