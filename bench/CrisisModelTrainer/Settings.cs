namespace CrisisModelTrainer;

/// <summary>The training knobs, each with the value the shipped model was trained with.</summary>
internal sealed record Settings
{
    /// <summary>A piece must occur in this many training messages to get a weight.</summary>
    public int MinCount { get; init; } = 3;

    public double L2 { get; init; } = 1e-5;

    public double Rate { get; init; } = 0.1;

    public int Passes { get; init; } = 300;

    /// <summary>Positives weigh this times the negatives-to-positives ratio (1: the classes weigh the same in total).</summary>
    public double PositiveWeight { get; init; } = 0.5;

    /// <summary>Weights smaller than this are not written.</summary>
    public double Prune { get; init; } = 0.005;

    /// <summary>How far (in logit) above the highest out-of-fold score of a training sentence the threshold is set.</summary>
    public double Margin { get; init; } = 0.25;
}
