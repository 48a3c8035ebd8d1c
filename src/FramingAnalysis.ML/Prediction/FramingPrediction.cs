namespace FramingAnalysis.ML;

/// <summary>What a model predicts for one unit. Immutable.</summary>
/// <param name="Label">
/// The predicted label: for stance and sentiment the most probable class; for frames the most probable frame (the
/// primary frame).
/// </param>
/// <param name="Probabilities">
/// Each label's probability in [0, 1]. For stance and sentiment they sum to 1; for frames each frame's probability is
/// that of its own binary classifier.
/// </param>
/// <param name="Labels">
/// Every predicted label: one for stance and sentiment; for frames each frame at or above the model's threshold, most
/// probable first (never empty: the top frame when none reaches the threshold).
/// </param>
public sealed record FramingPrediction(string Label, IReadOnlyDictionary<string, float> Probabilities, IReadOnlyList<string> Labels);
