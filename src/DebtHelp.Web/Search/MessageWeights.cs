namespace DebtHelp.Web.Search;

/// <summary>The numbers of <see cref="MessageSearch"/> and <see cref="AnswerTarget"/>, each with its reason (tuned on the older sets only).</summary>
public static class MessageWeights
{
    /// <summary>A section heading that holds this share of the question's weight is the specific answer to jump to.</summary>
    public const double SpecificSectionShare = 0.6;

    /// <summary>...and at least this many of its ideas: one shared word ("录音") says the article, not the section.</summary>
    public const int SpecificSectionMinConcepts = 2;

    /// <summary>...and this much more of it than the article's title: when the title asks the same, the whole article answers.</summary>
    public const double SpecificSectionLead = 0.25;

    /// <summary>Candidates taken from each ranking before they are combined and re-ordered.</summary>
    public const int Candidates = 30;

    /// <summary>How much the ask inside a long message weighs against the whole message (1 = the whole message).</summary>
    public const double AskShare = 0.2;

    /// <summary>The emergency article's score when the question says it is happening now: it should come first.</summary>
    public const double UrgentBoost = 1.25;

    /// <summary>Its score when it is happening now but the question asks something specific (may I record, are they real).</summary>
    public const double NowFactor = 1.0;

    /// <summary>Its score when nothing says "now": it matches every visit question a little, and must not steal first place.</summary>
    public const double CalmFactor = 0.75;

    /// <summary>Rank fusion: an article at rank r (from 0) gets 1 / (offset + r); a small offset trusts the first places most.</summary>
    public const double FusionRankOffset = 3;

    /// <summary>Plain BM25's vote in the fusion against the concept ranking's 1: a second opinion, not an equal.</summary>
    public const double PlainWeight = 0.6;

    /// <summary>A first result scoring at least this (0 to 1, the ranker's scale) is an answer: confidence "high".</summary>
    public const double HighConfidence = 0.55;

    /// <summary>Enough for "high" when the concept ranking and plain BM25 both put the article first.</summary>
    public const double AgreedConfidence = 0.2;

    /// <summary>Below this the closest articles share only loose words with the question: confidence "none".</summary>
    public const double NoConfidence = 0.15;
}
