using FramingAnalysis.ML;

namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// Where <c>framing evaluate --lexicon</c> gets its classifier: the lexicon scorers adapted to <see cref="IFramingClassifier"/>.
/// </summary>
/// <remarks>
/// Not wired yet: the lexicon stance, sentiment and frame scorers are being written on other branches. To wire them,
/// set <see cref="Factory"/> (or replace <see cref="Create"/>'s body) with a function that returns an adapter per task;
/// until then <c>--lexicon</c> exits with a clear "not available yet" error.
/// </remarks>
internal static class LexiconClassifiers
{
    /// <summary>Makes the lexicon classifier for a task, or returns null when there is none for it.</summary>
    public static Func<LearningTask, IFramingClassifier?> Factory { get; set; } = _ => null;

    public static IFramingClassifier? Create(LearningTask task) => Factory(task);
}
