namespace FramingAnalysis.Sentiment.Vader;

/// <summary>
/// The four figures of VADER's <c>polarity_scores</c>, rounded the way the reference implementation rounds them.
/// </summary>
/// <param name="Compound">
/// The normalized sum of all word valences plus punctuation emphasis, in [-1, 1], rounded to 4 decimals. The usual
/// reading (Hutto &amp; Gilbert, 2014): &gt;= 0.05 positive, &lt;= -0.05 negative, otherwise neutral.
/// </param>
/// <param name="Positive">The share of the text's sentiment mass that is positive, in [0, 1], rounded to 3 decimals.</param>
/// <param name="Negative">The share that is negative, in [0, 1], rounded to 3 decimals.</param>
/// <param name="Neutral">The share of tokens that carry no sentiment, in [0, 1], rounded to 3 decimals.</param>
/// <remarks>
/// Positive, Negative and Neutral sum to about 1 for text with tokens; a text without tokens scores all zeros, as the
/// reference does.
/// </remarks>
public readonly record struct VaderScores(double Compound, double Positive, double Negative, double Neutral);
