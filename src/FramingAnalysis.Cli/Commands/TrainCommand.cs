using System.CommandLine;
using System.Globalization;
using FramingAnalysis.ML;

namespace FramingAnalysis.Cli.Commands;

/// <summary><c>framing train</c>: checks a data file, trains a stance, sentiment or frames model and saves it.</summary>
internal static class TrainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var columns = new DataColumnOptions();
        var data = new Option<string>("--data") { Description = "Annotated units: a .csv, .tsv or .jsonl file, or a corpus folder with annotations.csv.", Required = true };
        var outPath = new Option<string>("--out", "-o") { Description = "Where to write the model zip.", Required = true };
        var trainer = new Option<string>("--trainer") { Description = "auto (compare SDCA and L-BFGS maximum entropy by cross-validation), sdca or lbfgs.", DefaultValueFactory = _ => "auto" };
        trainer.AcceptOnlyFromAmong("auto", "sdca", "lbfgs");
        var command = new Command("train", "Train a model from annotated units. The data is checked first: every bad row is reported as file:line: column: message and nothing is trained.")
        {
            data,
            outPath,
            trainer,
        };
        columns.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var options = columns.GetTrainerOptions(parse) with { Trainer = ParseTrainer(parse.GetValue(trainer)!) };
            var path = parse.GetValue(data)!;
            IReadOnlyList<LabeledExample> examples;
            try
            {
                examples = TrainingData.Load(path, options.ToDataOptions());
            }
            catch (TrainingDataException ex)
            {
                return await DataColumnOptions.ReportAsync(error, "train", ex).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is FileNotFoundException or NotSupportedException)
            {
                await error.WriteLineAsync($"framing train: {ex.Message}").ConfigureAwait(false);
                return FramingCli.UsageError;
            }

            if (options.Trainer == TrainerChoice.Auto && examples.Count < options.SelectionFolds)
            {
                await error.WriteLineAsync($"{path}: {examples.Count} labelled units are too few for --trainer auto, which picks the trainer by {options.SelectionFolds}-fold cross-validation; give at least {options.SelectionFolds} units or --trainer sdca|lbfgs").ConfigureAwait(false);
                return FramingCli.InputProblems;
            }

            ct.ThrowIfCancellationRequested();
            FramingModel model;
            try
            {
                model = new FramingTrainer(options).Train(examples);
            }
            catch (TrainingDataException ex)
            {
                return await DataColumnOptions.ReportAsync(error, "train", ex).ConfigureAwait(false);
            }

            var target = parse.GetValue(outPath)!;
            model.Save(target);
            var m = model.Metadata;
            var c = CultureInfo.InvariantCulture;
            await output.WriteLineAsync($"Trained {m.Task.ToString().ToLowerInvariant()} model on {m.TrainingExamples} units from {path}").ConfigureAwait(false);
            foreach (var (name, f1) in m.SelectionMacroF1)
            {
                await output.WriteLineAsync(string.Create(c, $"  {options.SelectionFolds}-fold CV macro-F1 {name}: {f1:0.000}")).ConfigureAwait(false);
            }

            await output.WriteLineAsync($"Trainer: {m.Trainer}").ConfigureAwait(false);
            await output.WriteLineAsync($"Labels: {string.Join(", ", m.ModelLabels)}").ConfigureAwait(false);
            foreach (var choice in m.PerTarget)
            {
                await output.WriteLineAsync(string.Create(c, $"  per-target '{choice.Target}' ({choice.Examples} examples): own model {choice.OwnMacroF1:0.000}, shared {choice.SharedMacroF1:0.000} macro-F1 (CV) → {(choice.Kept ? "own model" : "shared model")}")).ConfigureAwait(false);
            }

            if (m.Targets.Count > 0)
            {
                // A data set of free-text targets (VAST topics, news mentions) has thousands: name the first few, count the rest.
                const int Shown = 12;
                var rest = m.Targets.Count > Shown ? string.Create(c, $" … and {m.Targets.Count - Shown:N0} more ({m.Targets.Count:N0} in all; the model's metadata lists them)") : string.Empty;
                await output.WriteLineAsync($"Targets: {string.Join(", ", m.Targets.Take(Shown))}{rest}").ConfigureAwait(false);
            }

            await output.WriteLineAsync($"Data SHA-256: {m.TrainingDataSha256}").ConfigureAwait(false);
            await output.WriteLineAsync($"Saved to {target}").ConfigureAwait(false);
            return FramingCli.Ok;
        });
        return command;
    }

    internal static TrainerChoice ParseTrainer(string value) => value switch
    {
        "sdca" => TrainerChoice.SdcaMaximumEntropy,
        "lbfgs" => TrainerChoice.LbfgsMaximumEntropy,
        _ => TrainerChoice.Auto,
    };
}
