namespace FramingAnalysis.ML;

/// <summary>
/// Everything that decides a trained model: the task, where its data is in a file, the features, the trainer and the
/// seed. Immutable; validated once by <see cref="FramingTrainer"/>'s constructor.
/// </summary>
/// <example>
/// <code>
/// var trainer = new FramingTrainer(new FramingTrainerOptions { Task = LearningTask.Stance, Seed = 7 });
/// FramingModel model = trainer.Train("tests/data/stance-training.tsv");
/// model.Save("stance.zip");
/// </code>
/// </example>
public sealed record FramingTrainerOptions
{
    /// <summary>What to learn. Stance and sentiment are multiclass; frames are multi-label.</summary>
    public LearningTask Task { get; init; } = LearningTask.Stance;

    /// <summary>Column holding the text in a data file.</summary>
    public string TextColumn { get; init; } = "text";

    /// <summary>Column holding the gold label(s) in a data file (frame ids separated by <c>;</c>).</summary>
    public string LabelColumn { get; init; } = "label";

    /// <summary>Column holding the stance target's name (optional in the file).</summary>
    public string TargetColumn { get; init; } = "target";

    /// <summary>Column holding the ISO 639-1 language code (optional in the file; <c>en</c> when absent).</summary>
    public string LanguageColumn { get; init; } = "language";

    /// <summary>The valid labels; <see langword="null"/> for the task's default set (<see cref="LabelSets"/>).</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>
    /// Seed of every random choice: ML.NET's <c>MLContext</c>, the cross-validation folds and the trainers. Two trainings
    /// with the same seed and data give the same model (trainers run single-threaded for this).
    /// </summary>
    public int Seed { get; init; } = 1;

    /// <summary>The trainer for stance and sentiment; <see cref="TrainerChoice.Auto"/> picks one by cross-validation.</summary>
    public TrainerChoice Trainer { get; init; } = TrainerChoice.Auto;

    /// <summary>Folds of the cross-validation that picks the trainer when <see cref="Trainer"/> is <see cref="TrainerChoice.Auto"/>. 2–20; default 5.</summary>
    public int SelectionFolds { get; init; } = 5;

    /// <summary>The features; see <see cref="FeatureSettings"/>.</summary>
    public FeatureSettings Features { get; init; } = FeatureSettings.Default;

    /// <summary>
    /// Whether each training example is weighted by the inverse frequency of its class (n / (k · n_class)), so that a
    /// rare class such as <c>neutral</c> counts as much as the others. Macro-F1 weighs every class equally, so this is the
    /// matching loss. Default true; stance and sentiment only.
    /// </summary>
    public bool BalanceClasses { get; init; } = true;

    /// <summary>
    /// L2 regularization; <see langword="null"/> for the defaults: 0.01 for L-BFGS (ML.NET's default of 1 is far too strong
    /// for a few hundred L2-normalized short texts) and ML.NET's data-dependent choice for SDCA.
    /// </summary>
    public float? L2Regularization { get; init; }

    /// <summary>
    /// L1 regularization; <see langword="null"/> for the defaults: 0 for L-BFGS (ML.NET's default of 1 zeroes most n-gram
    /// weights on small data) and ML.NET's data-dependent choice for SDCA.
    /// </summary>
    public float? L1Regularization { get; init; }

    /// <summary>
    /// Stance and sentiment with targets: also train one model per target that has at least
    /// <see cref="PerTargetMinExamples"/> examples (Mohammad et al. 2016), and keep it where stratified
    /// <see cref="SelectionFolds"/>-fold cross-validation on the target's rows scores it above the shared model; other
    /// targets, and targets never seen, use the shared model. The choices are recorded in
    /// <see cref="ModelMetadata.PerTarget"/>. Default false.
    /// </summary>
    public bool PerTarget { get; init; }

    /// <summary>The fewest examples a target needs for a model of its own (<see cref="PerTarget"/>). Default 100.</summary>
    public int PerTargetMinExamples { get; init; } = 100;

    /// <summary>
    /// Frames only: the probability at or above which a frame is predicted (the most probable frame is predicted when
    /// none reaches it). Recorded in the model. Default 0.15: one logistic regression per frame rarely gives a rare frame
    /// 0.5, and on the congressional tweets' training split (5-fold CV) macro-F1 rose from 0.454 at 0.5 to 0.497 at 0.15,
    /// level between 0.08 and 0.15.
    /// </summary>
    public float FrameThreshold { get; init; } = 0.15f;

    /// <summary>
    /// Optional extra features per example, for example lexicon scores: called with the text and language, it must return
    /// the same number of values for every example, roughly in [-1, 1]. The function is not saved in the model; pass
    /// it again to <see cref="FramingModel.Load(string, Func{string, string, float[]}?)"/>.
    /// </summary>
    public Func<string, string, float[]>? ExtraFeatures { get; init; }

    /// <summary>A name for <see cref="ExtraFeatures"/> recorded in the model's metadata (for example <c>lexicon-v1</c>).</summary>
    public string? ExtraFeaturesName { get; init; }

    /// <summary>The options for reading a data file with these column names and labels.</summary>
    public TrainingDataOptions ToDataOptions() => new()
    {
        Task = Task,
        TextColumn = TextColumn,
        LabelColumn = LabelColumn,
        TargetColumn = TargetColumn,
        LanguageColumn = LanguageColumn,
        Labels = Labels,
    };

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Features);
        Features.Validate();
        if (SelectionFolds is < 2 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(SelectionFolds), SelectionFolds, "Selection folds must be 2–20.");
        }

        if (L1Regularization is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(L1Regularization), L1Regularization, "L1 regularization cannot be negative.");
        }

        if (PerTargetMinExamples < 10)
        {
            throw new ArgumentOutOfRangeException(nameof(PerTargetMinExamples), PerTargetMinExamples, "A per-target model needs at least 10 examples.");
        }

        if (FrameThreshold is <= 0 or >= 1 || float.IsNaN(FrameThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(FrameThreshold), FrameThreshold, "The frame threshold must be between 0 and 1.");
        }

        if (L2Regularization is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(L2Regularization), L2Regularization, "L2 regularization cannot be negative.");
        }
    }
}
