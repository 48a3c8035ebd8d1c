using FramingAnalysis.Evaluation;

namespace FramingAnalysis.ML;

/// <summary>One system's k-fold cross-validation: each fold's evaluation and the mean ± sd of the headline figures. Immutable.</summary>
/// <param name="System">What was evaluated.</param>
/// <param name="Folds">Each test fold's evaluation, in fold order.</param>
/// <param name="Pooled">All folds' predictions evaluated together (one confusion matrix over every unit).</param>
public sealed record CrossValidationResult(string System, IReadOnlyList<TaskEvaluation> Folds, TaskEvaluation Pooled)
{
    /// <summary>Macro-F1 over folds.</summary>
    public CrossValidationSummary MacroF1 => CrossValidationSummary.Of(Folds.Select(f => f.MacroF1));

    /// <summary>Accuracy over folds (subset accuracy for frames).</summary>
    public CrossValidationSummary Accuracy => CrossValidationSummary.Of(Folds.Select(f => f.Accuracy));

    /// <summary>F_avg over folds for stance; null for other tasks.</summary>
    public CrossValidationSummary? FAvg => Folds.Count > 0 && Folds[0].FAvg is not null ? CrossValidationSummary.Of(Folds.Select(f => f.FAvg!.Value)) : null;
}
