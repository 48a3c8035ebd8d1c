using FramingAnalysis.ML;

namespace FramingAnalysis.Tests.ML;

/// <summary>Shared data and settings for the ML tests, loaded once per test run.</summary>
internal static class MlData
{
    private static readonly Lazy<IReadOnlyList<LabeledExample>> LazyStance = new(() => TrainingData.Load(RepoPaths.TestData("stance-training.tsv")));

    private static readonly Lazy<IReadOnlyList<LabeledExample>> LazyCorpusStance = new(() =>
        TrainingData.Load(RepoPaths.Corpus, new TrainingDataOptions { Task = LearningTask.Stance }));

    /// <summary><c>tests/data/stance-training.tsv</c>: 672 rows, three targets, en and es.</summary>
    public static IReadOnlyList<LabeledExample> StanceTraining => LazyStance.Value;

    /// <summary>A stance model trained once with <see cref="Fast"/> on <see cref="StanceTraining"/>, shared by tests that only predict.</summary>
    public static FramingModel StanceModel => LazyStanceModel.Value;

    /// <summary>The corpus units with their <c>stance</c> annotation (234 units; target: the prison model, implicit).</summary>
    public static IReadOnlyList<LabeledExample> CorpusStance => LazyCorpusStance.Value;

    /// <summary>
    /// Fast settings for tests: L-BFGS given (no selection cross-validation), default features. The trainer that
    /// <see cref="TrainerChoice.Auto"/> picks on stance-training.tsv is L-BFGS too, so the figures are the shipped model's.
    /// </summary>
    public static FramingTrainerOptions Fast { get; } = new() { Task = LearningTask.Stance, Trainer = TrainerChoice.LbfgsMaximumEntropy, Seed = 1 };

    private static readonly Lazy<FramingModel> LazyStanceModel = new(() => new FramingTrainer(Fast).Train(StanceTraining));
}
