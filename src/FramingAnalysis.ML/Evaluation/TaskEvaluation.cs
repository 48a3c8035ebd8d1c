using FramingAnalysis.Evaluation;

namespace FramingAnalysis.ML;

/// <summary>
/// One system's figures on one test set: a <see cref="ClassificationReport"/> for stance and sentiment, a
/// <see cref="MultiLabelReport"/> for frames. Immutable.
/// </summary>
/// <param name="System">What was evaluated (a trainer name, <c>baseline</c>, <c>lexicon</c>, a model file).</param>
/// <param name="Task">The task.</param>
/// <param name="Report">Stance and sentiment: the full report (accuracy, per-class P/R/F1, confusion matrix). Null for frames.</param>
/// <param name="Frames">Frames: the multi-label report. Null otherwise.</param>
public sealed record TaskEvaluation(string System, LearningTask Task, ClassificationReport? Report, MultiLabelReport? Frames)
{
    /// <summary>Macro-averaged F1 in [0, 1] (for frames: over frame ids).</summary>
    public double MacroF1 => Report?.MacroF1 ?? Frames!.MacroF1;

    /// <summary>Accuracy in [0, 1] (for frames: subset accuracy, the share of units whose frame set is exactly right).</summary>
    public double Accuracy => Report?.Accuracy ?? Frames!.SubsetAccuracy;

    /// <summary>For stance: SemEval-2016's F_avg, the mean F1 of <c>favor</c> and <c>against</c>; null for other tasks.</summary>
    public double? FAvg => Task == LearningTask.Stance && Report is not null ? Report.FAvg() : null;

    /// <summary>Number of units evaluated.</summary>
    public int Items => Report?.Total ?? Frames!.Items;
}
