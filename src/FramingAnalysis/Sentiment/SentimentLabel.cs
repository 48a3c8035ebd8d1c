namespace FramingAnalysis.Sentiment;

/// <summary>The sentiment label of a scored unit, from its compound score and the thresholds in <see cref="SentimentOptions"/>.</summary>
public enum SentimentLabel
{
    /// <summary>Compound at or below the negative threshold.</summary>
    Negative,

    /// <summary>Compound strictly between the thresholds.</summary>
    Neutral,

    /// <summary>Compound at or above the positive threshold.</summary>
    Positive,
}
