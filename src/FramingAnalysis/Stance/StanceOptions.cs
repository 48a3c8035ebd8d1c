namespace FramingAnalysis.Stance;

/// <summary>Options of the rule stance scorer. Immutable.</summary>
public sealed record StanceOptions
{
    /// <summary>The defaults documented on each property.</summary>
    public static StanceOptions Default { get; } = new();

    /// <summary>Score at or above this is favor, at or below its negation against (default 0.15).</summary>
    public double Threshold { get; init; } = 0.15;

    /// <summary>Weight of the target clause's lexicon sentiment (sum of valences / 4, clamped to ±1.5). Default 0.6.</summary>
    public double ClauseSentimentWeight { get; init; } = 0.6;

    /// <summary>Multiplier of comment-style cues in reader comments (default 1.5).</summary>
    public double CommentCueBoost { get; init; } = 1.5;
}
