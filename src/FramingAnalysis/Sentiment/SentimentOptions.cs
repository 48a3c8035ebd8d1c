namespace FramingAnalysis.Sentiment;

/// <summary>Options of the rule-based sentiment scorer. Immutable; validated when the scorer is made.</summary>
public sealed record SentimentOptions
{
    /// <summary>The defaults documented on each property.</summary>
    public static SentimentOptions Default { get; } = new();

    /// <summary>
    /// Compound at or above this is <see cref="SentimentLabel.Positive"/>. Default 0.05, the threshold the VADER authors
    /// recommend (Hutto &amp; Gilbert 2014).
    /// </summary>
    public double PositiveThreshold { get; init; } = 0.05;

    /// <summary>Compound at or below this is <see cref="SentimentLabel.Negative"/>. Default −0.05.</summary>
    public double NegativeThreshold { get; init; } = -0.05;

    /// <summary>How many words before a sentiment word a booster, dampener or negator may stand. Default 3 (VADER).</summary>
    public int ModifierWindow { get; init; } = 3;

    /// <summary>Whether results carry their evidence list (default true). Turning it off saves one allocation per contributing token.</summary>
    public bool IncludeEvidence { get; init; } = true;

    /// <summary>
    /// Whether a capitalized word inside a sentence is read as a name and carries no valence (default true): "María
    /// Dolores de Cospedal", "Esperanza Aguirre" and "Hope Hicks" are people, not pains, hope and hope. A sentence's
    /// first word, ALL CAPS words and sentences in title case are read as usual (issue 19, item 4).
    /// </summary>
    public bool NamesCarryNoSentiment { get; init; } = true;

    /// <summary>Label for a compound score.</summary>
    public SentimentLabel LabelFor(double compound) =>
        compound >= PositiveThreshold ? SentimentLabel.Positive : compound <= NegativeThreshold ? SentimentLabel.Negative : SentimentLabel.Neutral;

    internal void Validate()
    {
        if (!(NegativeThreshold < PositiveThreshold) || PositiveThreshold > 1 || NegativeThreshold < -1)
        {
            throw new ArgumentException("Thresholds must satisfy -1 <= NegativeThreshold < PositiveThreshold <= 1.");
        }

        if (ModifierWindow is < 1 or > 6)
        {
            throw new ArgumentException("ModifierWindow must be between 1 and 6.");
        }
    }
}
