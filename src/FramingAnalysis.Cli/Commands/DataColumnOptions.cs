using System.CommandLine;
using FramingAnalysis.ML;

namespace FramingAnalysis.Cli.Commands;

/// <summary>The options <c>train</c> and <c>evaluate</c> share: task, column names, labels, seed and per-target models.</summary>
internal sealed class DataColumnOptions
{
    public Option<string> Task { get; } = new("--task")
    {
        Description = "What to learn or evaluate: stance (favor/against/neutral), sentiment (positive/negative/neutral/mixed) or frames (Policy Frames Codebook ids, ';'-separated).",
        Required = true,
    };

    public Option<string> TextColumn { get; } = new("--text-column") { Description = "Column holding the unit's text.", DefaultValueFactory = _ => "text" };

    public Option<string> LabelColumn { get; } = new("--label-column") { Description = "Column holding the gold label (frames: ids separated by ';').", DefaultValueFactory = _ => "label" };

    public Option<string> TargetColumn { get; } = new("--target-column") { Description = "Column holding the stance target's name (optional in the file).", DefaultValueFactory = _ => "target" };

    public Option<string> LanguageColumn { get; } = new("--language-column") { Description = "Column holding the language code, en or es (optional in the file; en when absent).", DefaultValueFactory = _ => "language" };

    public Option<string?> Labels { get; } = new("--labels") { Description = "Comma-separated list of valid labels, replacing the task's default set." };

    public Option<int> Seed { get; } = new("--seed") { Description = "Seed for folds and trainers; the same seed and data give the same model.", DefaultValueFactory = _ => 1 };

    public Option<bool> PerTarget { get; } = new("--per-target")
    {
        Description = "Stance or sentiment with targets: also train one model per target with enough examples, kept where cross-validation on that target's rows beats the shared model.",
    };

    public Option<int> PerTargetMin { get; } = new("--per-target-min") { Description = "With --per-target: the fewest examples a target needs for a model of its own.", DefaultValueFactory = _ => 100 };

    public void AddTo(Command command)
    {
        Task.AcceptOnlyFromAmong("stance", "sentiment", "frames");
        command.Add(Task);
        command.Add(TextColumn);
        command.Add(LabelColumn);
        command.Add(TargetColumn);
        command.Add(LanguageColumn);
        command.Add(Labels);
        command.Add(Seed);
        command.Add(PerTarget);
        command.Add(PerTargetMin);
    }

    public LearningTask GetTask(ParseResult parse) => Enum.Parse<LearningTask>(parse.GetValue(Task)!, ignoreCase: true);

    public FramingTrainerOptions GetTrainerOptions(ParseResult parse) => new()
    {
        Task = GetTask(parse),
        TextColumn = parse.GetValue(TextColumn)!,
        LabelColumn = parse.GetValue(LabelColumn)!,
        TargetColumn = parse.GetValue(TargetColumn)!,
        LanguageColumn = parse.GetValue(LanguageColumn)!,
        Labels = parse.GetValue(Labels) is { } labels
            ? labels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.ToLowerInvariant()).ToArray()
            : null,
        Seed = parse.GetValue(Seed),
        PerTarget = parse.GetValue(PerTarget),
        PerTargetMinExamples = parse.GetValue(PerTargetMin),
    };

    /// <summary>Writes every problem as <c>file:line: column 'x': message</c>, then a one-line summary.</summary>
    public static async Task<int> ReportAsync(TextWriter error, string command, TrainingDataException ex)
    {
        if (ex.Problems.Count == 0)
        {
            await error.WriteLineAsync($"framing {command}: {ex.Message}").ConfigureAwait(false);
            return FramingCli.InputProblems;
        }

        foreach (var problem in ex.Problems)
        {
            await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }

        await error.WriteLineAsync($"framing {command}: {ex.Problems.Count} problem(s) in the data; nothing was trained.").ConfigureAwait(false);
        return FramingCli.InputProblems;
    }
}
