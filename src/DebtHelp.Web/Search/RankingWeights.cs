namespace DebtHelp.Web.Search;

/// <summary>
/// Every number that shapes the ranking, in one place. The evaluation tests (tuning set and held-out set) are the
/// measure: change a number here, run them, and write the scores in the commit.
/// </summary>
public sealed record RankingWeights
{
    public static RankingWeights Default { get; } = new();

    /// <summary>BM25 term-frequency saturation, as FTS5 uses it.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>BM25 length normalisation, as FTS5 uses it.</summary>
    public double B { get; init; } = 0.75;

    /// <summary>Field weights in the term frequency (title, questions, lead, body): a title term counts as ten body terms.</summary>
    public IReadOnlyList<int> FieldWeights { get; init; } = [10, 8, 4, 1];

    /// <summary>Candidates come from this many of the most telling terms only: it bounds the work of one search.</summary>
    public int MaxLookupTerms { get; init; } = 24;

    /// <summary>A term in more than this share of the articles picks no candidates (it still counts in ranking)...</summary>
    public double CommonTermShare { get; init; } = 0.6;

    /// <summary>...unless the index is this small, where every share is coarse.</summary>
    public int SmallIndexArticles { get; init; } = 20;

    /// <summary>Enough head candidates make body-only matches unnecessary (they rank below them anyway).</summary>
    public int MinHeadCandidates { get; init; } = 30;

    /// <summary>How strongly a concept in the title counts: the top of the field scale.</summary>
    public double TitleStrength { get; init; } = 3.0;

    /// <summary>A concept in a listed question: readers' own words, nearly a title.</summary>
    public double QuestionsStrength { get; init; } = 2.4;

    /// <summary>A concept in the summary or a heading.</summary>
    public double LeadStrength { get; init; } = 1.6;

    /// <summary>A concept only in the body.</summary>
    public double BodyStrength { get; init; } = 1.0;

    /// <summary>A lone Han character is too ambiguous in Chinese to carry a full concept's weight.</summary>
    public double LoneCharacterWeight { get; init; } = 0.33;

    /// <summary>Share of the final score for concepts found by field.</summary>
    public double FieldsShare { get; init; } = 0.55;

    /// <summary>Share for closeness to the title or a listed question (readers paraphrase those); BM25 has the rest.</summary>
    public double SimilarityShare { get; init; } = 0.3;

    /// <summary>In choosing a hit's passage, a term in its heading counts this many times one in its text.</summary>
    public double PassageHeadingFactor { get; init; } = 2;

    /// <summary>A typed pair no article holds is read as this many pairs that sound the same.</summary>
    public int HomophonesPerSlip { get; init; } = 2;

    /// <summary>Only pairs found in this many articles can stand for a slip: a pair seen once is as likely noise.</summary>
    public int HomophoneMinArticles { get; init; } = 2;

    /// <summary>"你是不是想问": weight of shared single characters next to shared pairs.</summary>
    public double SuggestionCharacterShare { get; init; } = 0.3;

    /// <summary>"你是不是想问": below this closeness a listed question is not offered.</summary>
    public double SuggestionMinScore { get; init; } = 0.15;
}
