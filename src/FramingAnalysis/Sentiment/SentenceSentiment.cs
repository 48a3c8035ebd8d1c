namespace FramingAnalysis.Sentiment;

/// <summary>The score of one sentence.</summary>
/// <param name="Start">Offset of the sentence in the unit text.</param>
/// <param name="Length">Length of the sentence.</param>
/// <param name="Compound">Normalized sum of valences, x / √(x² + 15), in [−1, 1].</param>
/// <param name="Sum">The raw sum of valences including punctuation emphasis.</param>
/// <param name="Weight">The sentence's weight in the unit average: 1, or 1.5 / 0.5 around a sentence-initial contrast marker.</param>
/// <param name="PositiveMass">VADER's positive mass Σ(v + 1) over positive tokens (plus emphasis).</param>
/// <param name="NegativeMass">VADER's negative mass Σ|v − 1| over negative tokens (plus emphasis).</param>
/// <param name="NeutralCount">Words with no valence.</param>
public readonly record struct SentenceSentiment(int Start, int Length, double Compound, double Sum, double Weight, double PositiveMass, double NegativeMass, int NeutralCount);
