using FramingAnalysis.Evaluation;

namespace FramingAnalysis.ML;

/// <summary>
/// Evaluates models against gold annotations: a trained classifier on a test set, a train/test split, or stratified
/// k-fold cross-validation with a fixed seed. With a baseline, the plain ML.NET baseline
/// (<see cref="FramingTrainer.TrainBaseline"/>) is trained and scored on exactly the same folds or split.
/// </summary>
/// <remarks>Thread-safe (no shared state). Cost: k trainings for k-fold cross-validation (plus k for the baseline; and
/// with <see cref="TrainerChoice.Auto"/> each fold also runs the trainer selection on its training part).</remarks>
public static class ModelEvaluator
{
    /// <summary>Labels every example with <paramref name="classifier"/> and compares with the gold labels.</summary>
    /// <param name="classifier">A trained model or any other classifier for the same task.</param>
    /// <param name="gold">The annotated test units.</param>
    /// <param name="labels">The label inventory and report order; null for the task's default set.</param>
    /// <param name="system">The name to report; null for the classifier's type (or the model's trainer).</param>
    public static TaskEvaluation Evaluate(IFramingClassifier classifier, IReadOnlyList<LabeledExample> gold, IReadOnlyList<string>? labels = null, string? system = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(gold);
        IReadOnlyList<FramingPrediction> predictions = classifier is FramingModel model
            ? model.PredictExamples(gold)
            : gold.Select(e => classifier.Predict(e.Text, e.Language, e.Target)).ToList();
        var name = system ?? (classifier is FramingModel m ? m.Metadata.Trainer : classifier.GetType().Name);
        return Score(name, classifier.Task, gold, predictions, labels ?? LabelSets.For(classifier.Task));
    }

    /// <summary>Trains on <paramref name="train"/> and evaluates on <paramref name="test"/>; optionally the baseline too.</summary>
    /// <exception cref="TrainingDataException">The training examples have problems.</exception>
    public static ModelComparison<TaskEvaluation> EvaluateSplit(IReadOnlyList<LabeledExample> train, IReadOnlyList<LabeledExample> test, FramingTrainerOptions options, bool baseline = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        var trainer = new FramingTrainer(options);
        var labels = options.ToDataOptions().EffectiveLabels;
        var model = trainer.Train(train);
        var ours = Evaluate(model, test, labels, model.Metadata.Trainer);
        TaskEvaluation? plain = null;
        if (baseline)
        {
            plain = Evaluate(trainer.TrainBaseline(train), test, labels, "baseline");
        }

        return new ModelComparison<TaskEvaluation>(ours, plain);
    }

    /// <summary>
    /// Stratified k-fold cross-validation (folds from <see cref="StratifiedKFold"/> with <see cref="FramingTrainerOptions.Seed"/>,
    /// stratified on the label; for frames on the primary frame). The same folds serve the baseline.
    /// </summary>
    /// <exception cref="TrainingDataException">The examples have problems.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="folds"/> is below 2 or above the number of examples.</exception>
    public static ModelComparison<CrossValidationResult> CrossValidate(IReadOnlyList<LabeledExample> examples, FramingTrainerOptions options, int folds = 5, bool baseline = false)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        var problems = TrainingData.Validate(examples, options.ToDataOptions());
        if (problems.Count > 0)
        {
            throw new TrainingDataException(problems);
        }

        var trainer = new FramingTrainer(options);
        var labels = options.ToDataOptions().EffectiveLabels;
        var testSets = FramingTrainer.FoldIndices(examples.Select(e => e.Label).ToArray(), folds, options.Seed);
        var withBaseline = baseline;
        var ours = new List<TaskEvaluation>();
        var plain = new List<TaskEvaluation>();
        var oursPredictions = new FramingPrediction[examples.Count];
        var plainPredictions = new FramingPrediction[examples.Count];
        var chosen = new List<string>();
        var foldModels = new List<(int[] Test, List<LabeledExample> Examples, IReadOnlyList<FramingPrediction> Predicted)>();
        foreach (var test in testSets)
        {
            var inTest = new HashSet<int>(test);
            var train = examples.Where((_, i) => !inTest.Contains(i)).ToList();
            var testExamples = test.Select(i => examples[i]).ToList();
            var model = trainer.Train(train);
            chosen.Add(model.Metadata.Trainer);
            var predicted = model.PredictExamples(testExamples);
            foldModels.Add((test, testExamples, predicted));
            Scatter(test, predicted, oursPredictions);
            if (withBaseline)
            {
                var basePredicted = trainer.TrainBaseline(train).PredictExamples(testExamples);
                plain.Add(Score("baseline", options.Task, testExamples, basePredicted, labels));
                Scatter(test, basePredicted, plainPredictions);
            }
        }

        // With Auto, each fold picks its own trainer; the name says which, and how often.
        var name = chosen.Distinct().Count() == 1 && (options.Trainer != TrainerChoice.Auto || options.Task == LearningTask.Frames)
            ? chosen[0]
            : "Auto: " + string.Join(", ", chosen.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
        ours.AddRange(foldModels.Select(f => Score(name, options.Task, f.Examples, f.Predicted, labels)));
        var model0 = new CrossValidationResult(name, ours, Score(name, options.Task, examples, oursPredictions, labels));
        var base0 = withBaseline ? new CrossValidationResult("baseline", plain, Score("baseline", options.Task, examples, plainPredictions, labels)) : null;
        return new ModelComparison<CrossValidationResult>(model0, base0);
    }

    private static void Scatter(int[] indices, IReadOnlyList<FramingPrediction> predictions, FramingPrediction[] into)
    {
        for (var i = 0; i < indices.Length; i++)
        {
            into[indices[i]] = predictions[i];
        }
    }

    private static TaskEvaluation Score(string system, LearningTask task, IReadOnlyList<LabeledExample> gold, IReadOnlyList<FramingPrediction> predicted, IReadOnlyList<string> labels)
    {
        if (task == LearningTask.Frames)
        {
            var goldSets = gold.Select(e => (IReadOnlySet<string>)e.Labels.ToHashSet(StringComparer.Ordinal)).ToList();
            var predictedSets = predicted.Select(p => (IReadOnlySet<string>)p.Labels.ToHashSet(StringComparer.Ordinal)).ToList();
            return new TaskEvaluation(system, task, null, MultiLabelReport.Compute(goldSets, predictedSets, labels));
        }

        var report = ClassificationReport.Compute(gold.Select(e => e.Label).ToArray(), predicted.Select(p => p.Label).ToArray(), labels);
        return new TaskEvaluation(system, task, report, null);
    }
}
