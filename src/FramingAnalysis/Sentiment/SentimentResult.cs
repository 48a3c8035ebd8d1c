namespace FramingAnalysis.Sentiment;

/// <summary>
/// The sentiment of one unit: a compound score, the positive / negative / neutral proportions, a label, the sentence
/// scores, and the evidence. Immutable.
/// </summary>
/// <param name="Compound">The weighted mean of the sentence compounds, in [−1, 1]; 0 for a text with no words.</param>
/// <param name="Positive">Share of positive mass, in [0, 1]; the three shares sum to 1 (or are all 0 for no words).</param>
/// <param name="Negative">Share of negative mass, in [0, 1].</param>
/// <param name="Neutral">Share of neutral words, in [0, 1].</param>
/// <param name="Label">The label from the options' thresholds.</param>
/// <param name="Sentences">Per-sentence scores.</param>
/// <param name="Evidence">The tokens that contributed, in text order.</param>
public sealed record SentimentResult(double Compound, double Positive, double Negative, double Neutral, SentimentLabel Label, IReadOnlyList<SentenceSentiment> Sentences, IReadOnlyList<SentimentEvidence> Evidence)
{
    /// <summary>Class probabilities when a trained model made the label (label → probability); null for the lexicon scorer.</summary>
    public IReadOnlyDictionary<string, double>? Probabilities { get; init; }

    /// <summary>The result of an empty text: all zeros, neutral.</summary>
    public static SentimentResult Empty { get; } = new(0, 0, 0, 0, SentimentLabel.Neutral, [], []);
}
