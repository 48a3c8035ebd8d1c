namespace FramingAnalysis.ML;

/// <summary>
/// What a model file says about itself, stored as <c>framing-model.json</c> inside the model zip next to ML.NET's own
/// entries: enough to know what it predicts, how it was trained and on which data. Immutable.
/// </summary>
public sealed record ModelMetadata
{
    /// <summary>The name of the zip entry holding this metadata.</summary>
    public const string EntryName = "framing-model.json";

    /// <summary>Version of this metadata layout; readers reject layouts newer than they know.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>
    /// The layout this library writes. 2 added the target-aware features (<see cref="FeatureSettings.MaskTarget"/>,
    /// <see cref="FeatureSettings.TargetWindow"/>, <see cref="FeatureSettings.LexiconFeatures"/>); a format-1 model is
    /// read with them off, as it was trained.
    /// </summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>The task the model predicts.</summary>
    public LearningTask Task { get; init; }

    /// <summary>The label set the training data was checked against (for frames: every frame id).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>
    /// The labels the model can output, in the order of its score vector (stance, sentiment) or of its frame
    /// classifiers (frames). A label absent from the training data is not here.
    /// </summary>
    public IReadOnlyList<string> ModelLabels { get; init; } = [];

    /// <summary>The ML.NET trainer used (<c>SdcaMaximumEntropy</c>, <c>LbfgsMaximumEntropy</c>, or <c>LbfgsLogisticRegression</c> per frame).</summary>
    public string Trainer { get; init; } = string.Empty;

    /// <summary>
    /// When the trainer was chosen by cross-validation: each candidate's mean macro-F1 over the selection folds.
    /// Empty when the trainer was given.
    /// </summary>
    public IReadOnlyDictionary<string, double> SelectionMacroF1 { get; init; } = new Dictionary<string, double>();

    /// <summary>The feature settings the model was trained with; prediction rebuilds exactly these features.</summary>
    public FeatureSettings Features { get; init; } = FeatureSettings.Default;

    /// <summary>The L2 regularization passed to the trainer, or <see langword="null"/> for the default.</summary>
    public float? L2Regularization { get; init; }

    /// <summary>The L1 regularization passed to the trainer, or <see langword="null"/> for the default.</summary>
    public float? L1Regularization { get; init; }

    /// <summary>Whether training examples were weighted by inverse class frequency.</summary>
    public bool BalanceClasses { get; init; }

    /// <summary>The stance targets seen in training (names as written in the data); empty when the data had none.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>The number of caller-supplied extra features per example; 0 when none were used.</summary>
    public int ExtraFeatureCount { get; init; }

    /// <summary>The caller's name for the extra features, if any.</summary>
    public string? ExtraFeaturesName { get; init; }

    /// <summary>For frames: the probability at or above which a frame is predicted.</summary>
    public float FrameThreshold { get; init; } = 0.5f;

    /// <summary>
    /// With <see cref="FramingTrainerOptions.PerTarget"/>: each candidate target's cross-validated choice between its own
    /// model and the shared one. The kept models are stored in the model file beside the shared model; empty otherwise.
    /// </summary>
    public IReadOnlyList<PerTargetChoice> PerTarget { get; init; } = [];

    /// <summary>The seed the model was trained with.</summary>
    public int Seed { get; init; }

    /// <summary>Number of training examples.</summary>
    public int TrainingExamples { get; init; }

    /// <summary>
    /// SHA-256 (lowercase hex) of the training examples in a canonical form: one line per example,
    /// <c>language TAB target TAB labels(;) TAB text</c>, UTF-8, in training order. It identifies the data whatever file
    /// format it came in.
    /// </summary>
    public string TrainingDataSha256 { get; init; } = string.Empty;

    /// <summary>The FramingAnalysis.ML version that trained the model.</summary>
    public string LibraryVersion { get; init; } = string.Empty;

    /// <summary>The ML.NET version that trained the model.</summary>
    public string MlNetVersion { get; init; } = string.Empty;
}
