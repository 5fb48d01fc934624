using DebtHelp.Web.Articles;
using DebtHelp.Web.Search;
using DebtHelp.Web.Chinese;

namespace DebtHelp.Web.KnowledgeBase;

/// <summary>
/// Ranks, for every article, the articles a reader most likely wants next: the writer's explicit
/// <c>related:</c> slugs first, then others by shared topics and TF-IDF similarity of Chinese character pairs.
/// </summary>
public static class RelatedArticles
{
    public sealed record Link(string To, double Score, string Reason);

    public static Dictionary<string, List<Link>> Compute(IReadOnlyList<Article> articles) => Compute(articles, RelatedLinkWeights.Default);

    public static Dictionary<string, List<Link>> Compute(IReadOnlyList<Article> articles, RelatedLinkWeights weights)
    {
        var maxLinks = weights.MaxLinks;
        var topicWeight = weights.TopicWeight;
        var vectors = articles.Select(a => Vector(a, weights)).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var v in vectors)
        {
            foreach (var term in v.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var n = articles.Count;
        var weighted = new List<(string Term, double Weight)[]>(n);
        foreach (var v in vectors)
        {
            var terms = v.Select(kv => (kv.Key, (1 + Math.Log(kv.Value)) * Math.Log(1 + (double)n / documentFrequency[kv.Key])))
                .OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal).Take(weights.TermsPerArticle).ToArray();
            var norm = Math.Sqrt(terms.Sum(t => t.Item2 * t.Item2));
            weighted.Add(norm == 0 ? [] : terms.Select(t => (t.Key, t.Item2 / norm)).ToArray());
        }

        var postings = new Dictionary<string, List<(int Article, double Weight)>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            foreach (var (term, weight) in weighted[i])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((i, weight));
            }
        }

        var bySlug = articles.Select((a, i) => (a.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var topicSets = articles.Select(a => a.Topics.ToHashSet(StringComparer.Ordinal)).ToList();
        var result = new Dictionary<string, List<Link>>(StringComparer.Ordinal);
        var scores = new Dictionary<int, double>();
        for (var i = 0; i < n; i++)
        {
            var article = articles[i];
            var links = new List<Link>();
            foreach (var slug in article.Related)
            {
                if (slug != article.Slug && bySlug.ContainsKey(slug) && links.Count < maxLinks && links.All(l => l.To != slug))
                {
                    links.Add(new Link(slug, 1.0, "explicit"));
                }
            }

            if (links.Count < maxLinks)
            {
                scores.Clear();
                foreach (var (term, weight) in weighted[i])
                {
                    foreach (var (other, otherWeight) in postings[term])
                    {
                        if (other != i)
                        {
                            scores[other] = scores.GetValueOrDefault(other) + (weight * otherWeight);
                        }
                    }
                }

                // Articles that share a topic but no strong term still qualify through the topic score.
                if (n <= weights.TopicScanLimit)
                {
                    for (var j = 0; j < n; j++)
                    {
                        if (j != i && !scores.ContainsKey(j) && topicSets[i].Overlaps(topicSets[j]))
                        {
                            scores[j] = 0;
                        }
                    }
                }

                var ranked = scores
                    .Select(kv => (Index: kv.Key, Score: ((1 - topicWeight) * kv.Value) + (topicWeight * Jaccard(topicSets[i], topicSets[kv.Key]))
                        + (article.LinksTo.Contains(articles[kv.Key].Slug) ? weights.BodyLinkBonus : 0)))
                    .Where(x => x.Score > weights.MinScore)
                    .OrderByDescending(x => x.Score).ThenBy(x => articles[x.Index].Slug, StringComparer.Ordinal);
                foreach (var (index, score) in ranked)
                {
                    if (links.Count >= maxLinks)
                    {
                        break;
                    }

                    var slug = articles[index].Slug;
                    if (links.All(l => l.To != slug))
                    {
                        links.Add(new Link(slug, Math.Round(score, 4), "similar"));
                    }
                }
            }

            result[article.Slug] = links;
        }

        return result;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    private static Dictionary<string, int> Vector(Article article, RelatedLinkWeights weights)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string text, int weight)
        {
            foreach (var token in ChineseTokenizer.Tokenize(TextNormalizer.Normalize(text)))
            {
                counts[token.Text] = counts.GetValueOrDefault(token.Text) + weight;
            }
        }

        Add(article.Title, weights.TitleWeight);
        Add(article.Summary, weights.SummaryWeight);
        foreach (var q in article.Questions)
        {
            Add(q, weights.TextWeight);
        }

        foreach (var section in article.Sections)
        {
            Add(section.Heading, weights.TextWeight);
            Add(section.Text, weights.TextWeight);
        }

        return counts;
    }
}
