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

    /// <summary>
    /// The top-k stop for large collections: beyond this many candidates only the most relevant (BM25 over the
    /// lookup terms) are scored by concept; on a site of a few hundred articles every candidate still is.
    /// </summary>
    public int MaxConceptCandidates { get; init; } = 1000;

    /// <summary>
    /// The exact top-k stop of concept scoring (<see cref="ConceptScores"/>) starts above this many candidates: below
    /// it, looking every concept up for every candidate costs less than sorting the hopeless ones out. Results are the
    /// same either way.
    /// </summary>
    public int ConceptStopMinCandidates { get; init; } = 256;

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
    public double FieldsShare { get; init; } = 0.5;

    /// <summary>
    /// Share for closeness to the title or a listed question (readers paraphrase those); BM25 has the rest, none
    /// since it votes through the rank fusion with plain BM25 (<see cref="PlainWeight"/>), which the held-out set preferred.
    /// </summary>
    public double SimilarityShare { get; init; } = 0.5;

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

    /// <summary>Candidates taken from each ranking of a message before they are combined and re-ordered.</summary>
    public int FusionCandidates { get; init; } = 30;

    /// <summary>Rank fusion: an article at rank r (from 0) gets 1 / (offset + r); a small offset trusts the first places most.</summary>
    public double FusionRankOffset { get; init; } = 3;

    /// <summary>Plain BM25's vote in the fusion against the concept ranking's 1: it finds what the body describes.</summary>
    public double PlainWeight { get; init; } = 0.6;

    /// <summary>How much the ask inside a long message weighs against the whole message; the story still says what it is about.</summary>
    public double AskShare { get; init; } = 0.2;

    /// <summary>The emergency article's score when a visit is happening now and the question is "what do I do": first.</summary>
    public double UrgentBoost { get; init; } = 1.25;

    /// <summary>Its score when it is happening now but the question asks something specific (may I record, are they real).</summary>
    public double NowFactor { get; init; } = 1.0;

    /// <summary>Its score when nothing says "now": it matches every visit question a little and must not steal first place.</summary>
    public double CalmFactor { get; init; } = 0.75;

    /// <summary>A section heading holding this share of the question's weight is the specific answer to link to...</summary>
    public double SpecificSectionShare { get; init; } = 0.6;

    /// <summary>...with at least this many of its ideas (one shared word, "录音", says the article, not the section)...</summary>
    public int SpecificSectionMinConcepts { get; init; } = 2;

    /// <summary>...and this much more of it than the article's title: when the title asks the same, the whole article answers.</summary>
    public double SpecificSectionLead { get; init; } = 0.25;

    /// <summary>
    /// Confidence "high" when the first result's concept score (0 to 1) is at least this, and the question names no
    /// off-topic word the article's head lacks (<see cref="OffTopicWords"/>, which holds for both ways to "high").
    /// </summary>
    public double HighConfidence { get; init; } = 0.55;

    /// <summary>...or at least this when the concept ranking and plain BM25 both put it first.</summary>
    public double AgreedConfidence { get; init; } = 0.2;

    /// <summary>Below this the closest articles share only loose words with the question: confidence "none".</summary>
    public double NoConfidence { get; init; } = 0.15;
}
