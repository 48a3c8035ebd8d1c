using FramingAnalysis.Languages;

namespace FramingAnalysis.ML;

/// <summary>
/// How to read annotated examples from a file: which task, which columns, which labels are valid. Immutable; validated
/// when used by <see cref="TrainingData.Read"/>.
/// </summary>
public sealed record TrainingDataOptions
{
    /// <summary>The options for stance data with the default column names.</summary>
    public static TrainingDataOptions Default { get; } = new();

    /// <summary>The task whose labels are read; decides the default <see cref="Labels"/>.</summary>
    public LearningTask Task { get; init; } = LearningTask.Stance;

    /// <summary>The column holding the unit's text. Required in the file.</summary>
    public string TextColumn { get; init; } = "text";

    /// <summary>
    /// The column holding the gold label. Required in the file, except that when it is left at <c>label</c> and the file
    /// has no such column but has one named after the task (<c>stance</c>, <c>sentiment</c>, <c>frames</c>, as in
    /// <c>corpus/annotations.csv</c>), that column is used.
    /// </summary>
    public string LabelColumn { get; init; } = "label";

    /// <summary>The column holding the stance target's name. Optional: when the file has no such column, examples have no target.</summary>
    public string TargetColumn { get; init; } = "target";

    /// <summary>The column holding the ISO 639-1 language code. Optional: when absent, <see cref="DefaultLanguage"/> is used.</summary>
    public string LanguageColumn { get; init; } = "language";

    /// <summary>The column holding a row id. Optional.</summary>
    public string IdColumn { get; init; } = "id";

    /// <summary>The language of rows without a language column or with an empty language cell; by default that of <see cref="LanguagePacks.Default"/> (English).</summary>
    public string DefaultLanguage { get; init; } = LanguagePacks.Default.Code;

    /// <summary>
    /// The valid labels; <see langword="null"/> for the task's default set (<see cref="LabelSets.For"/>). Comparison is
    /// case-insensitive and labels are stored lowercased.
    /// </summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>
    /// Whether the data must hold at least two classes (true for training data; an evaluation set may hold one).
    /// </summary>
    public bool RequireTwoClasses { get; init; } = true;

    /// <summary>The labels in effect: <see cref="Labels"/> or the task's default set.</summary>
    public IReadOnlyList<string> EffectiveLabels => Labels ?? LabelSets.For(Task);
}
