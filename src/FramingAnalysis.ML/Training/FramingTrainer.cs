using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using FramingAnalysis.Evaluation;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FramingAnalysis.ML;

/// <summary>
/// Trains stance, sentiment and frames models from annotated units with ML.NET, on features built from the
/// FramingAnalysis tokenizer (see <see cref="FeatureSettings"/>).
/// </summary>
/// <remarks>
/// <para>Stance and sentiment are multiclass problems. With <see cref="TrainerChoice.Auto"/> the trainer compares
/// SDCA maximum entropy and L-BFGS maximum entropy by stratified <see cref="FramingTrainerOptions.SelectionFolds"/>-fold
/// cross-validation on the training data and trains the one with the higher mean macro-F1 on all of it. Frames are
/// multi-label: one L-BFGS logistic regression per frame id, all in one ML.NET transformer chain.</para>
/// <para>The data is checked before anything is trained; a problem throws <see cref="TrainingDataException"/> naming
/// file, line and column. Training is deterministic for a given seed and data (trainers run single-threaded).</para>
/// <para>Thread safety: a trainer holds only its immutable options, so one instance may train on several threads.</para>
/// </remarks>
public sealed class FramingTrainer
{
    /// <summary>The name recorded as <see cref="ModelMetadata.Trainer"/> for <see cref="TrainBaseline"/> models.</summary>
    public const string BaselineName = "Baseline(FeaturizeText+SdcaMaximumEntropy)";

    /// <summary>The name recorded as <see cref="ModelMetadata.Trainer"/> for <see cref="TrainBaseline"/> frames models.</summary>
    public const string BaselineFramesName = "Baseline(FeaturizeText+LbfgsLogisticRegression per frame)";

    /// <summary>Creates a trainer; validates the options once.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public FramingTrainer(FramingTrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    /// <summary>The options every model of this trainer is made with.</summary>
    public FramingTrainerOptions Options { get; }

    /// <summary>Reads a data file (or an annotated corpus folder), checks it, and trains on all of it.</summary>
    /// <exception cref="TrainingDataException">The data has problems; nothing was trained.</exception>
    public FramingModel Train(string path) => Train(TrainingData.Load(path, Options.ToDataOptions()));

    /// <summary>Checks the examples and trains on all of them.</summary>
    /// <exception cref="TrainingDataException">The examples have problems (empty text, unknown label, a single class).</exception>
    public FramingModel Train(IReadOnlyList<LabeledExample> examples)
    {
        Check(examples, Options);
        var extraCount = ExtraCount(examples);
        var rows = Rows(examples, Options, extraCount);
        var hasTargets = examples.Any(e => e.Target is not null);
        if (Options.Task == LearningTask.Frames)
        {
            return FitFrames(examples, rows, hasTargets, extraCount);
        }

        var selection = new Dictionary<string, double>(StringComparer.Ordinal);
        var trainer = Options.Trainer;
        if (trainer == TrainerChoice.Auto)
        {
            if (examples.Count < Options.SelectionFolds)
            {
                // The selection cross-validation needs at least one unit per fold; say so instead of failing inside it.
                throw new TrainingDataException([new TrainingDataProblem(examples.Count > 0 && examples[0].Line > 0 ? "<data>" : "<examples>", 0, "label",
                    $"{examples.Count} labelled units are too few to choose the trainer by {Options.SelectionFolds}-fold cross-validation (trainer auto); give at least {Options.SelectionFolds} units, or choose the trainer (sdca or lbfgs)")]);
            }

            trainer = Select(examples, rows, hasTargets, extraCount, selection);
        }

        var ml = new MLContext(Options.Seed);
        var transformer = FitMulticlass(ml, rows, trainer, hasTargets, extraCount);
        var model = Wrap(ml, transformer, examples, rows, extraCount, trainer.ToString(), selection);
        if (Options.PerTarget && hasTargets)
        {
            var (perTarget, choices) = PerTargetSelection.Choose(this, examples, rows, trainer, hasTargets, extraCount);
            model = model.WithPerTarget(perTarget, choices);
        }

        return model;
    }

    /// <summary>One target's own model: trained on its rows only, with the shared model's trainer.</summary>
    internal FramingModel TrainSubset(List<LabeledExample> examples, List<FeatureRow> rows, TrainerChoice trainer, bool hasTargets, int extraCount)
    {
        var ml = new MLContext(Options.Seed);
        var transformer = FitMulticlass(ml, rows, trainer, hasTargets, extraCount);
        return Wrap(ml, transformer, examples, rows, extraCount, trainer.ToString(), new Dictionary<string, double>());
    }

    /// <summary>
    /// Trains the plain baseline on the same examples: ML.NET's <c>FeaturizeText</c> with its default settings over the raw
    /// text, then, for stance and sentiment, <c>SdcaMaximumEntropy</c> with its default settings, and for frames one
    /// <c>LbfgsLogisticRegression</c> per frame with its default settings and ML.NET's decision threshold of 0.5 (all
    /// single-threaded, so reproducible). It ignores targets, our tokenizer, the lexicons and every <see cref="FeatureSettings"/>.
    /// </summary>
    public FramingModel TrainBaseline(IReadOnlyList<LabeledExample> examples)
    {
        Check(examples, Options);
        var rows = Rows(examples, Options with { Features = Options.Features.WithoutTargetAwareFeatures() }, 0);
        if (Options.Task == LearningTask.Frames)
        {
            return FitFrames(examples, rows, false, 0, baseline: true);
        }

        var ml = new MLContext(Options.Seed);
        var transformer = FitBaseline(ml, rows);
        return Wrap(ml, transformer, examples, rows, 0, BaselineName, new Dictionary<string, double>());
    }

    internal static ITransformer FitMulticlass(MLContext ml, List<FeatureRow> rows, TrainerChoice trainer, bool hasTargets, int extraCount, FramingTrainerOptions options)
    {
        var data = ml.Data.LoadFromEnumerable(rows, FeatureSchema.Create(extraCount));
        var pipeline = Pipelines.Multiclass(ml, Pipelines.Featurizer(ml, options.Features, hasTargets, extraCount), trainer, options.L2Regularization, options.L1Regularization);
        return pipeline.Fit(data);
    }

    internal static ITransformer FitBaseline(MLContext ml, List<FeatureRow> rows)
    {
        var data = ml.Data.LoadFromEnumerable(rows, FeatureSchema.Create(0));
        var label = ml.Transforms.Conversion.MapValueToKey(Pipelines.Label, nameof(FeatureRow.LabelText), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        // The cache checkpoint changes speed only, not results: it is ML.NET's documented pattern before SDCA.
        var pipeline = label.Append(Pipelines.BaselineFeaturizer(ml)).AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new Microsoft.ML.Trainers.SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = Pipelines.Label,
                FeatureColumnName = Pipelines.Features,
                NumberOfThreads = 1,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue(Pipelines.PredictedText, "PredictedLabel"));
        return pipeline.Fit(data);
    }

    /// <summary>Predicted labels for rows, by the columnar path (no prediction engine).</summary>
    internal static string[] PredictLabels(MLContext ml, ITransformer transformer, List<FeatureRow> rows, int extraCount)
    {
        var view = transformer.Transform(ml.Data.LoadFromEnumerable(rows, FeatureSchema.Create(extraCount)));
        var labels = Pipelines.ScoreLabels(view.Schema);
        return ml.Data.CreateEnumerable<MulticlassOutput>(view, reuseRowObject: false, ignoreMissingColumns: true)
            .Select(o => labels[ArgMax(o.Score)]).ToArray();
    }

    internal static List<FeatureRow> Rows(IReadOnlyList<LabeledExample> examples, FramingTrainerOptions options, int extraCount)
    {
        var rows = new List<FeatureRow>(examples.Count);
        foreach (var e in examples)
        {
            var extra = extraCount > 0 ? ExtraFeatureCheck.Call(options.ExtraFeatures!, e.Text, e.Language, extraCount) : null;
            rows.Add(TokenFeaturizer.Featurize(e.Text, e.Language, e.Target, options.Features, extra, e.Label, options.Task));
        }

        if (options.BalanceClasses && options.Task != LearningTask.Frames)
        {
            Balance(rows);
        }

        return rows;
    }

    /// <summary>Weights each row by n / (k · n_class), computed on the rows being trained on.</summary>
    internal static void Balance(List<FeatureRow> rows)
    {
        var counts = rows.GroupBy(r => r.LabelText, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var row in rows)
        {
            row.Weight = (float)rows.Count / (counts.Count * counts[row.LabelText]);
        }
    }

    internal int ExtraCount(IReadOnlyList<LabeledExample> examples) =>
        Options.ExtraFeatures is null || examples.Count == 0 ? 0 : Math.Max(0, Options.ExtraFeatures(examples[0].Text, examples[0].Language)?.Length ?? 0);

    private ITransformer FitMulticlass(MLContext ml, List<FeatureRow> rows, TrainerChoice trainer, bool hasTargets, int extraCount) =>
        FitMulticlass(ml, rows, trainer, hasTargets, extraCount, Options);

    private TrainerChoice Select(IReadOnlyList<LabeledExample> examples, List<FeatureRow> rows, bool hasTargets, int extraCount, Dictionary<string, double> scores)
    {
        var gold = examples.Select(e => e.Label).ToArray();
        var folds = FoldIndices(gold, Options.SelectionFolds, Options.Seed);
        var best = TrainerChoice.SdcaMaximumEntropy;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in new[] { TrainerChoice.SdcaMaximumEntropy, TrainerChoice.LbfgsMaximumEntropy })
        {
            var f1 = new List<double>();
            foreach (var test in folds)
            {
                var inTest = new HashSet<int>(test);
                var trainRows = rows.Where((_, i) => !inTest.Contains(i)).ToList();
                var testRows = test.Select(i => rows[i]).ToList();
                var ml = new MLContext(Options.Seed);
                var model = FitMulticlass(ml, trainRows, candidate, hasTargets, extraCount);
                var predicted = PredictLabels(ml, model, testRows, extraCount);
                f1.Add(ClassificationReport.Compute(test.Select(i => gold[i]).ToArray(), predicted, Options.ToDataOptions().EffectiveLabels).MacroF1);
            }

            var mean = f1.Average();
            scores[candidate.ToString()] = mean;
            // Strictly better only: a tie keeps SDCA, the cheaper trainer.
            if (mean > bestScore)
            {
                bestScore = mean;
                best = candidate;
            }
        }

        return best;
    }

    private FramingModel FitFrames(IReadOnlyList<LabeledExample> examples, List<FeatureRow> rows, bool hasTargets, int extraCount, bool baseline = false)
    {
        var ml = new MLContext(Options.Seed);
        var schema = FeatureSchema.Create(extraCount);
        var baseData = ml.Data.LoadFromEnumerable(rows, schema);
        var featurizer = (baseline ? Pipelines.BaselineFeaturizer(ml) : Pipelines.Featurizer(ml, Options.Features, hasTargets, extraCount)).Fit(baseData);
        var chain = new List<ITransformer> { featurizer };
        var trained = new List<string>();
        var labels = Options.ToDataOptions().EffectiveLabels;
        IDataView? last = null;
        foreach (var frame in labels)
        {
            var positives = examples.Count(e => e.Labels.Contains(frame, StringComparer.Ordinal));
            if (positives == 0 || positives == examples.Count)
            {
                // A frame never (or always) seen cannot be learned; the model gives it probability 0 and says so in its metadata.
                continue;
            }

            var frameRows = rows.Select((r, i) => Copy(r, examples[i].Labels.Contains(frame, StringComparer.Ordinal))).ToList();
            // Cached: L-BFGS passes over the data many times, and the n-gram features should be built once.
            var data = ml.Data.Cache(featurizer.Transform(ml.Data.LoadFromEnumerable(frameRows, schema)));
            var model = (baseline ? Pipelines.BaselineBinaryTrainer(ml) : Pipelines.BinaryTrainer(ml, Options.L2Regularization)).Fit(data);
            var scored = model.Transform(data);
            var copy = ml.Transforms.CopyColumns("P_" + trained.Count, "Probability").Fit(scored);
            chain.Add(model);
            chain.Add(copy);
            last = copy.Transform(scored);
            trained.Add(frame);
        }

        if (last is null)
        {
            throw new TrainingDataException("No frame has both positive and negative examples; nothing can be learned.");
        }

        var concat = ml.Transforms.Concatenate("FrameProbabilities", trained.Select((_, i) => "P_" + i).ToArray()).Fit(last);
        chain.Add(concat);
        var transformer = new TransformerChain<ITransformer>([.. chain]);
        var metadata = Metadata(examples, extraCount, baseline ? BaselineFramesName : "LbfgsLogisticRegression", new Dictionary<string, double>(), trained, hasTargets);
        if (baseline)
        {
            metadata = metadata with { FrameThreshold = 0.5f, Features = Options.Features.WithoutTargetAwareFeatures() };
        }

        return new FramingModel(ml, transformer, baseData.Schema, metadata, Options.ExtraFeatures);
    }

    private static FeatureRow Copy(FeatureRow r, bool positive) => new()
    {
        Tokens = r.Tokens,
        CharText = r.CharText,
        TargetTokens = r.TargetTokens,
        Target = r.Target,
        Extra = r.Extra,
        Lexicon = r.Lexicon,
        Text = r.Text,
        LabelText = r.LabelText,
        IsPositive = positive,
    };

    private FramingModel Wrap(MLContext ml, ITransformer transformer, IReadOnlyList<LabeledExample> examples, List<FeatureRow> rows, int extraCount, string trainer, Dictionary<string, double> selection)
    {
        var input = ml.Data.LoadFromEnumerable(rows.Take(1), FeatureSchema.Create(extraCount));
        var labels = Pipelines.ScoreLabels(transformer.GetOutputSchema(input.Schema));
        var metadata = Metadata(examples, extraCount, trainer, selection, labels, examples.Any(e => e.Target is not null));
        return new FramingModel(ml, transformer, input.Schema, metadata, Options.ExtraFeatures);
    }

    private ModelMetadata Metadata(IReadOnlyList<LabeledExample> examples, int extraCount, string trainer, Dictionary<string, double> selection, IReadOnlyList<string> modelLabels, bool hasTargets) => new()
    {
        Task = Options.Task,
        Labels = [.. Options.ToDataOptions().EffectiveLabels],
        ModelLabels = [.. modelLabels],
        Trainer = trainer,
        SelectionMacroF1 = selection,
        Features = Options.Features,
        L2Regularization = Options.L2Regularization,
        L1Regularization = Options.L1Regularization,
        BalanceClasses = Options.BalanceClasses && Options.Task != LearningTask.Frames,
        Targets = hasTargets ? examples.Select(e => e.Target).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() : [],
        ExtraFeatureCount = extraCount,
        FrameThreshold = Options.FrameThreshold,
        ExtraFeaturesName = extraCount > 0 ? Options.ExtraFeaturesName : null,
        Seed = Options.Seed,
        TrainingExamples = examples.Count,
        TrainingDataSha256 = DataHash(examples),
        LibraryVersion = Version(typeof(FramingTrainer).Assembly),
        MlNetVersion = Version(typeof(MLContext).Assembly),
    };

    /// <summary>SHA-256 of the examples in the canonical form described at <see cref="ModelMetadata.TrainingDataSha256"/>.</summary>
    public static string DataHash(IReadOnlyList<LabeledExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in examples)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{e.Language}\t{e.Target}\t{string.Join(';', e.Labels)}\t{e.Text}\n"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static void Check(IReadOnlyList<LabeledExample> examples, FramingTrainerOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var problems = TrainingData.Validate(examples, options.ToDataOptions(), examples.Count > 0 && examples[0].Line > 0 ? "<data>" : "<examples>");
        if (problems.Count > 0)
        {
            throw new TrainingDataException(problems);
        }
    }

    private static string Version(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // Drop the "+commit" suffix: the version, not the build, is what a reader needs.
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString() ?? "unknown";
    }

    /// <summary>The test indices of each of <paramref name="k"/> stratified folds (shared <see cref="StratifiedKFold"/>).</summary>
    internal static List<int[]> FoldIndices(IReadOnlyList<string> labels, int k, int seed)
    {
        var assignment = StratifiedKFold.Split(labels, k, unchecked((ulong)seed));
        var folds = Enumerable.Range(0, k).Select(_ => new List<int>()).ToList();
        for (var i = 0; i < assignment.Length; i++)
        {
            folds[assignment[i]].Add(i);
        }

        return folds.Select(f => f.ToArray()).ToList();
    }

    internal static int ArgMax(float[] scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
