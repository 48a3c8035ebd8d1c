namespace FramingAnalysis.Sentiment;

/// <summary>A modifier entry: its kind and its value (booster increment, negation scalar, or clause weight).</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Value">Booster/dampener: the increment (±0.293 by default); negator: the scalar (−0.74); contrast: the weight of the following clause.</param>
internal readonly record struct SentimentModifier(ModifierKind Kind, double Value);
