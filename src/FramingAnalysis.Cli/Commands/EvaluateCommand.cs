using FramingAnalysis.Stance;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FramingAnalysis.Evaluation;
using FramingAnalysis.ML;

namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// <c>framing evaluate</c>: scores a saved model, the lexicon scorers, a train/test split or k-fold cross-validation
/// against gold annotations, optionally beside the plain ML.NET baseline on the same folds.
/// </summary>
internal static class EvaluateCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var columns = new DataColumnOptions();
        var gold = new Option<string>("--gold") { Description = "Gold annotations: a .csv, .tsv or .jsonl file, or a corpus folder with annotations.csv.", Required = true };
        var model = new Option<string?>("--model") { Description = "Evaluate this saved model (from framing train) on the gold file." };
        var lexicon = new Option<bool>("--lexicon") { Description = "Evaluate the lexicon scorers on the gold file." };
        var targets = new Option<string?>("--targets") { Description = "With --lexicon and --task stance: a targets.json giving each target's aliases (default: the target name is its only alias)." };
        var cv = new Option<int?>("--cv") { Description = "Stratified K-fold cross-validation on the gold file (train and test on each fold); prints mean ± sd." };
        var train = new Option<string?>("--train") { Description = "Train on this file and evaluate on the gold file (a train/test split)." };
        var baseline = new Option<bool>("--baseline") { Description = "With --cv or --train: also train plain ML.NET on the same data (FeaturizeText defaults + SdcaMaximumEntropy; for frames one LbfgsLogisticRegression per frame) and print its figures beside." };
        var format = new Option<string>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var trainer = new Option<string>("--trainer") { Description = "With --cv or --train: auto, sdca or lbfgs.", DefaultValueFactory = _ => "auto" };
        trainer.AcceptOnlyFromAmong("auto", "sdca", "lbfgs");
        var command = new Command("evaluate", "Accuracy, macro-F1, per-class precision/recall/F1, confusion matrix and (stance) F_avg against gold annotations. Choose one of --model, --lexicon, --cv K or --train FILE.")
        {
            gold,
            model,
            lexicon,
            targets,
            cv,
            train,
            baseline,
            format,
            trainer,
        };
        columns.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var options = columns.GetTrainerOptions(parse) with { Trainer = TrainCommand.ParseTrainer(parse.GetValue(trainer)!) };
            var modelPath = parse.GetValue(model);
            var folds = parse.GetValue(cv);
            var trainPath = parse.GetValue(train);
            var useLexicon = parse.GetValue(lexicon);
            var modes = (modelPath is null ? 0 : 1) + (useLexicon ? 1 : 0) + (folds is null ? 0 : 1) + (trainPath is null ? 0 : 1);
            if (modes != 1)
            {
                await error.WriteLineAsync("framing evaluate: choose exactly one of --model FILE, --lexicon, --cv K or --train FILE").ConfigureAwait(false);
                return FramingCli.UsageError;
            }

            if (parse.GetValue(baseline) && folds is null && trainPath is null)
            {
                await error.WriteLineAsync("framing evaluate: --baseline needs --cv K or --train FILE (the baseline is trained on the same data as the model)").ConfigureAwait(false);
                return FramingCli.UsageError;
            }

            if (folds is < 2)
            {
                await error.WriteLineAsync("framing evaluate: --cv needs at least 2 folds").ConfigureAwait(false);
                return FramingCli.UsageError;
            }

            var json = parse.GetValue(format) == "json";
            var goldPath = parse.GetValue(gold)!;
            try
            {
                // Cross-validation trains on the gold data, so it must hold two classes; a test set need not.
                var gold0 = TrainingData.Load(goldPath, options.ToDataOptions() with { RequireTwoClasses = folds is not null });
                ct.ThrowIfCancellationRequested();
                if (folds is { } k)
                {
                    var result = ModelEvaluator.CrossValidate(gold0, options, k, parse.GetValue(baseline));
                    await WriteAsync(output, json, $"{k}-fold stratified cross-validation on {goldPath} ({gold0.Count} units, seed {options.Seed})", result.Model, result.Baseline).ConfigureAwait(false);
                    return FramingCli.Ok;
                }

                if (trainPath is not null)
                {
                    var trainData = TrainingData.Load(trainPath, options.ToDataOptions());
                    var split = ModelEvaluator.EvaluateSplit(trainData, gold0, options, parse.GetValue(baseline));
                    await WriteAsync(output, json, $"trained on {trainPath} ({trainData.Count} units), tested on {goldPath} ({gold0.Count} units)", split.Model, split.Baseline).ConfigureAwait(false);
                    return FramingCli.Ok;
                }

                IFramingClassifier classifier;
                string title;
                if (useLexicon)
                {
                    var targetsPath = parse.GetValue(targets);
                    classifier = LexiconClassifiers.Create(options.Task, targetsPath is null ? null : TargetsOption.Load(targetsPath, error));
                    title = $"lexicon scorer on {goldPath} ({gold0.Count} units)";
                }
                else
                {
                    var loaded = FramingModel.Load(modelPath!);
                    if (loaded.Task != options.Task)
                    {
                        await error.WriteLineAsync($"framing evaluate: {modelPath} is a {loaded.Task.ToString().ToLowerInvariant()} model, not {options.Task.ToString().ToLowerInvariant()}").ConfigureAwait(false);
                        return FramingCli.UsageError;
                    }

                    classifier = loaded;
                    title = $"model {modelPath} ({loaded.Metadata.Trainer}) on {goldPath} ({gold0.Count} units)";
                }

                var evaluation = ModelEvaluator.Evaluate(classifier, gold0, options.ToDataOptions().EffectiveLabels, useLexicon ? "lexicon" : "model");
                await WriteAsync(output, json, title, evaluation, null).ConfigureAwait(false);
                return FramingCli.Ok;
            }
            catch (TrainingDataException ex)
            {
                return await DataColumnOptions.ReportAsync(error, "evaluate", ex).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is FileNotFoundException or NotSupportedException or InvalidDataException or ArgumentException or FormatException)
            {
                await error.WriteLineAsync($"framing evaluate: {ex.Message}").ConfigureAwait(false);
                return FramingCli.UsageError;
            }
        });
        return command;
    }

    private static async Task WriteAsync(TextWriter output, bool json, string title, TaskEvaluation model, TaskEvaluation? baseline)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { evaluation = title, model = Dto(model), baseline = baseline is null ? null : Dto(baseline) }, Json)).ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync(title).ConfigureAwait(false);
        var rows = new List<string[]> { Row(model) };
        if (baseline is not null)
        {
            rows.Add(Row(baseline));
        }

        Table.Write(output, ["system", "accuracy", "macro-F1", "F_avg", "n"], rows);
        await WriteDetailAsync(output, model).ConfigureAwait(false);
        if (baseline is not null)
        {
            await WriteDetailAsync(output, baseline).ConfigureAwait(false);
        }
    }

    private static async Task WriteAsync(TextWriter output, bool json, string title, CrossValidationResult model, CrossValidationResult? baseline)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { evaluation = title, model = Dto(model), baseline = baseline is null ? null : Dto(baseline) }, Json)).ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync(title).ConfigureAwait(false);
        var rows = new List<string[]> { Row(model) };
        if (baseline is not null)
        {
            rows.Add(Row(baseline));
        }

        Table.Write(output, ["system", "accuracy (mean ± sd)", "macro-F1 (mean ± sd)", "F_avg (mean ± sd)", "folds"], rows);
        if (baseline is not null)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Difference in mean macro-F1 (model − baseline): {(model.MacroF1.Mean - baseline.MacroF1.Mean) * 100:+0.0;-0.0} points")).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync("All folds pooled:").ConfigureAwait(false);
        await WriteDetailAsync(output, model.Pooled).ConfigureAwait(false);
        if (baseline is not null)
        {
            await WriteDetailAsync(output, baseline.Pooled).ConfigureAwait(false);
        }
    }

    private static async Task WriteDetailAsync(TextWriter output, TaskEvaluation evaluation)
    {
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"== {evaluation.System} ==").ConfigureAwait(false);
        if (evaluation.Report is not null)
        {
            if (evaluation.FAvg is { } favg)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"F_avg (mean F1 of favor and against) {favg:0.000}")).ConfigureAwait(false);
            }

            await output.WriteAsync(evaluation.Report.ToText()).ConfigureAwait(false);
            return;
        }

        var frames = evaluation.Frames!;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Subset accuracy {frames.SubsetAccuracy:0.000}  Micro-F1 {frames.MicroF1:0.000}  Macro-F1 {frames.MacroF1:0.000}  (n = {frames.Items})")).ConfigureAwait(false);
        Table.Write(output, ["frame", "precision", "recall", "f1", "support"], frames.PerLabel.Select(m => new[] { m.Label, F(m.Precision), F(m.Recall), F(m.F1), m.Support.ToString(CultureInfo.InvariantCulture) }).ToList());
    }

    private static string[] Row(TaskEvaluation e) =>
        [e.System, F(e.Accuracy), F(e.MacroF1), e.FAvg is { } f ? F(f) : "-", e.Items.ToString(CultureInfo.InvariantCulture)];

    private static string[] Row(CrossValidationResult r) =>
        [r.System, S(r.Accuracy), S(r.MacroF1), r.FAvg is { } f ? S(f) : "-", r.Folds.Count.ToString(CultureInfo.InvariantCulture)];

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string S(CrossValidationSummary s) => string.Create(CultureInfo.InvariantCulture, $"{s.Mean:0.000} ± {s.StandardDeviation:0.000}");

    private static object Dto(TaskEvaluation e) => new
    {
        system = e.System,
        task = e.Task.ToString().ToLowerInvariant(),
        items = e.Items,
        accuracy = e.Accuracy,
        macroF1 = e.MacroF1,
        fAvg = e.FAvg,
        perClass = (e.Report?.PerClass ?? e.Frames!.PerLabel).Select(m => new { label = m.Label, precision = m.Precision, recall = m.Recall, f1 = m.F1, support = m.Support }),
        confusion = e.Report is null ? null : new { labels = e.Report.Labels, rows = e.Report.Matrix.Rows },
    };

    private static object Dto(CrossValidationResult r) => new
    {
        system = r.System,
        folds = r.Folds.Count,
        macroF1 = new { mean = r.MacroF1.Mean, sd = r.MacroF1.StandardDeviation, values = r.MacroF1.Values },
        accuracy = new { mean = r.Accuracy.Mean, sd = r.Accuracy.StandardDeviation, values = r.Accuracy.Values },
        fAvg = r.FAvg is { } f ? new { mean = f.Mean, sd = f.StandardDeviation, values = f.Values } : null,
        pooled = Dto(r.Pooled),
    };
}
