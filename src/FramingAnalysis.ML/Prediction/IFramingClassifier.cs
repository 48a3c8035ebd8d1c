namespace FramingAnalysis.ML;

/// <summary>
/// Anything that labels a unit for one <see cref="LearningTask"/>: a trained <see cref="FramingModel"/>, or a lexicon
/// scorer adapted to this shape, so both can be evaluated the same way. Implementations must be thread-safe.
/// </summary>
public interface IFramingClassifier
{
    /// <summary>The task whose labels this classifier outputs.</summary>
    LearningTask Task { get; }

    /// <summary>Labels one unit.</summary>
    /// <param name="text">The unit's text.</param>
    /// <param name="language">ISO 639-1 code (<c>en</c>, <c>es</c>).</param>
    /// <param name="target">The stance target's name, or <see langword="null"/>.</param>
    FramingPrediction Predict(string text, string language, string? target = null);
}
