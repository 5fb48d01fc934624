using System.Runtime.InteropServices;
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
        var n = articles.Count;

        // Terms are numbered as they are first seen; each article keeps only (number, count) pairs, so 10,000
        // articles do not hold 10,000 dictionaries of strings while the rest is computed.
        var terms = new TermNumbers();
        var counts = new Dictionary<int, int>();
        var vectors = new (int Term, int Count)[n][];
        for (var i = 0; i < n; i++)
        {
            counts.Clear();
            Count(articles[i], weights, terms, counts);
            vectors[i] = [.. counts.Select(c => (c.Key, c.Value))];
            foreach (var (term, _) in vectors[i])
            {
                terms.DocumentFrequency[term]++;
            }
        }

        var weighted = new (int Term, double Weight)[n][];
        var strongest = new List<(int Term, double Weight)>(weights.TermsPerArticle + 1);
        for (var i = 0; i < n; i++)
        {
            strongest.Clear();
            foreach (var (term, count) in vectors[i])
            {
                var weight = (1 + Math.Log(count)) * Math.Log(1 + ((double)n / terms.DocumentFrequency[term]));
                KeepStrongest(strongest, weights.TermsPerArticle, (term, weight), terms.Text);
            }

            var sumOfSquares = 0.0;
            foreach (var (_, weight) in strongest)
            {
                sumOfSquares += weight * weight;
            }

            var norm = Math.Sqrt(sumOfSquares);
            weighted[i] = norm == 0 ? [] : [.. strongest.Select(t => (t.Term, t.Weight / norm))];
        }

        var postings = new List<(int Article, double Weight)>?[terms.Text.Count];
        for (var i = 0; i < n; i++)
        {
            foreach (var (term, weight) in weighted[i])
            {
                (postings[term] ??= []).Add((i, weight));
            }
        }

        var bySlug = articles.Select((a, i) => (a.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        var topicIds = articles.SelectMany(a => a.Topics).Distinct(StringComparer.Ordinal)
            .Select((t, k) => (t, k)).ToDictionary(x => x.t, x => x.k, StringComparer.Ordinal);
        var topicSets = articles.Select(a => a.Topics.Select(t => topicIds[t]).Distinct().ToArray()).ToList();
        var bodyLinks = articles.Select(a => a.LinksTo.Where(bySlug.ContainsKey).Select(s => bySlug[s]).ToHashSet()).ToList();
        var postingArrays = postings.Select(p => p?.ToArray() ?? []).ToArray();

        // One accumulator for every article, reset through the list of those touched: the same sums, in the same
        // order, as a dictionary per article, at a fraction of the cost on a large corpus.
        var similarity = new double[n];
        var candidate = new bool[n];
        var touched = new List<int>();
        var best = new List<(int Index, double Score)>(maxLinks);
        var result = new Dictionary<string, List<Link>>(StringComparer.Ordinal);
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
                var strong = weighted[i];
                for (var t = 0; t < strong.Length; t++)
                {
                    var weight = strong[t].Weight;
                    foreach (var (other, otherWeight) in postingArrays[strong[t].Term])
                    {
                        if (other != i)
                        {
                            if (!candidate[other])
                            {
                                candidate[other] = true;
                                touched.Add(other);
                            }

                            similarity[other] += weight * otherWeight;
                        }
                    }
                }

                // Articles that share a topic but no strong term still qualify through the topic score.
                if (n <= weights.TopicScanLimit)
                {
                    for (var j = 0; j < n; j++)
                    {
                        if (j != i && !candidate[j] && Shared(topicSets[i], topicSets[j]) > 0)
                        {
                            candidate[j] = true;
                            touched.Add(j);
                        }
                    }
                }

                // Only the best few are shown, so keep those instead of sorting every candidate.
                var room = maxLinks - links.Count;
                best.Clear();
                foreach (var other in touched)
                {
                    var score = ((1 - topicWeight) * similarity[other]) + (topicWeight * Jaccard(topicSets[i], topicSets[other]))
                        + (bodyLinks[i].Contains(other) ? weights.BodyLinkBonus : 0);
                    similarity[other] = 0;
                    candidate[other] = false;
                    if (score > weights.MinScore && !links.Exists(l => l.To == articles[other].Slug))
                    {
                        Keep(best, room, (other, score), articles);
                    }
                }

                touched.Clear();
                links.AddRange(best.Select(b => new Link(articles[b.Index].Slug, Math.Round(b.Score, 4), "similar")));
            }

            result[article.Slug] = links;
        }

        return result;
    }

    /// <summary>Inserts <paramref name="entry"/> into <paramref name="best"/> (highest score first, ties by slug) if it is among the top <paramref name="room"/>.</summary>
    private static void Keep(List<(int Index, double Score)> best, int room, (int Index, double Score) entry, IReadOnlyList<Article> articles)
    {
        var at = best.Count;
        while (at > 0 && Before(entry, best[at - 1], articles))
        {
            at--;
        }

        if (at < room)
        {
            best.Insert(at, entry);
            if (best.Count > room)
            {
                best.RemoveAt(room);
            }
        }
    }

    private static bool Before((int Index, double Score) a, (int Index, double Score) b, IReadOnlyList<Article> articles) =>
        a.Score > b.Score || (a.Score == b.Score && string.CompareOrdinal(articles[a.Index].Slug, articles[b.Index].Slug) < 0);

    private static int Shared(int[] a, int[] b)
    {
        var shared = 0;
        foreach (var topic in a)
        {
            if (Array.IndexOf(b, topic) >= 0)
            {
                shared++;
            }
        }

        return shared;
    }

    private static double Jaccard(int[] a, int[] b)
    {
        var shared = Shared(a, b);
        var union = a.Length + b.Length - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    /// <summary>Keeps the <paramref name="room"/> strongest terms, strongest first, ties in term order.</summary>
    private static void KeepStrongest(List<(int Term, double Weight)> strongest, int room, (int Term, double Weight) entry, List<string> text)
    {
        var at = strongest.Count;
        while (at > 0 && (entry.Weight > strongest[at - 1].Weight
            || (entry.Weight == strongest[at - 1].Weight && string.CompareOrdinal(text[entry.Term], text[strongest[at - 1].Term]) < 0)))
        {
            at--;
        }

        if (at < room)
        {
            strongest.Insert(at, entry);
            if (strongest.Count > room)
            {
                strongest.RemoveAt(room);
            }
        }
    }

    /// <summary>Adds the weighted count of every term of <paramref name="article"/> to <paramref name="counts"/>, by term number.</summary>
    private static void Count(Article article, RelatedLinkWeights weights, TermNumbers terms, Dictionary<int, int> counts)
    {
        void Add(string text, int weight)
        {
            var normalized = TextNormalizer.Normalize(text);
            foreach (var (start, length) in ChineseTokenizer.Ranges(normalized))
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, terms.Number(normalized.AsSpan(start, length)), out _);
                count += weight;
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
    }

    /// <summary>Every distinct term of the corpus, numbered in the order first seen, with the number of articles holding it.</summary>
    private sealed class TermNumbers
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public List<string> Text { get; } = [];

        public List<int> DocumentFrequency { get; } = [];

        public int Number(ReadOnlySpan<char> term)
        {
            var lookup = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(term, out var number))
            {
                number = Text.Count;
                var text = term.ToString();
                _numbers.Add(text, number);
                Text.Add(text);
                DocumentFrequency.Add(0);
            }

            return number;
        }
    }
}
