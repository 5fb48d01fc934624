namespace DebtHelp.Web.KnowledgeBase;

/// <summary>Every number that shapes the related links, in one place (tested in RelatedArticlesTests).</summary>
public sealed record RelatedLinkWeights
{
    public static RelatedLinkWeights Default { get; } = new();

    /// <summary>Links shown under an article: the reader's next step, not a second table of contents.</summary>
    public int MaxLinks { get; init; } = 5;

    /// <summary>Each article is compared through its strongest terms only: linear work in practice (10,000 articles), nearly all of the cosine kept.</summary>
    public int TermsPerArticle { get; init; } = 40;

    /// <summary>Share of shared topics (Jaccard) in a link's score; text similarity has the rest.</summary>
    public double TopicWeight { get; init; } = 0.35;

    /// <summary>Bonus when the article already links to the other one in its body: the writer thought it relevant.</summary>
    public double BodyLinkBonus { get; init; } = 0.1;

    /// <summary>Below this score a candidate is noise, not a next step.</summary>
    public double MinScore { get; init; } = 0.02;

    /// <summary>Up to this many articles, every article sharing a topic is a candidate even without a shared strong term (quadratic beyond).</summary>
    public int TopicScanLimit { get; init; } = 2_000;

    /// <summary>Term weights of the article's parts in its vector: the title says most, then the summary.</summary>
    public int TitleWeight { get; init; } = 3;

    public int SummaryWeight { get; init; } = 2;

    /// <summary>Questions, headings and body text.</summary>
    public int TextWeight { get; init; } = 1;
}
