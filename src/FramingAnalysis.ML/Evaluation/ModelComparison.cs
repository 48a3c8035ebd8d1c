namespace FramingAnalysis.ML;

/// <summary>Our model's evaluation and, when asked for, the plain baseline's on the same folds or split. Immutable.</summary>
/// <typeparam name="T"><see cref="TaskEvaluation"/> for a split, <see cref="CrossValidationResult"/> for cross-validation.</typeparam>
/// <param name="Model">Our model's figures.</param>
/// <param name="Baseline">The baseline's figures (ML.NET <c>FeaturizeText</c> defaults + <c>SdcaMaximumEntropy</c>), or null.</param>
public sealed record ModelComparison<T>(T Model, T? Baseline)
    where T : class;
