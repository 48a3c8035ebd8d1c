namespace FramingAnalysis.Evaluation;

/// <summary>
/// Single-label classification metrics (stance, frame or sentiment labels against gold annotations): accuracy, per-class
/// precision/recall/F1, macro and weighted averages, the SemEval-2016 stance score F_avg, the confusion matrix and a text
/// rendering. Immutable and thread-safe; all properties are plain numbers, strings and lists, so the report serializes
/// to JSON as is.
/// </summary>
/// <remarks>
/// Macro averages are taken over <see cref="MacroLabels"/>: the labels that occur in the gold or the predicted labels.
/// A label listed in <c>labels</c> but absent from both keeps its row (all zeros) but does not pull the macro average down,
/// so passing a fixed label inventory does not change the score of a test set that happens to lack a class. A label that
/// is predicted but never gold does count (its F1 is 0), as do gold labels never predicted.
/// </remarks>
public sealed partial class ClassificationReport
{
    private ClassificationReport(ConfusionMatrix matrix)
    {
        Matrix = matrix;
        Total = matrix.Total;
        Accuracy = (double)matrix.Correct / matrix.Total;
        var perClass = new ClassMetrics[matrix.Labels.Count];
        var macroLabels = new List<string>();
        double precisionSum = 0, recallSum = 0, f1Sum = 0, weighted = 0;
        for (var i = 0; i < perClass.Length; i++)
        {
            var metrics = ClassMetrics.FromCounts(matrix.Labels[i], matrix.GoldCount(i), matrix.PredictedCount(i), matrix[i, i]);
            perClass[i] = metrics;
            weighted += metrics.F1 * metrics.Support;
            if (metrics.Support > 0 || metrics.Predicted > 0)
            {
                macroLabels.Add(metrics.Label);
                precisionSum += metrics.Precision;
                recallSum += metrics.Recall;
                f1Sum += metrics.F1;
            }
        }

        PerClass = perClass;
        MacroLabels = macroLabels;
        MacroPrecision = precisionSum / macroLabels.Count;
        MacroRecall = recallSum / macroLabels.Count;
        MacroF1 = f1Sum / macroLabels.Count;
        WeightedF1 = weighted / Total;
    }

    /// <summary>The labels in report order.</summary>
    public IReadOnlyList<string> Labels => Matrix.Labels;

    /// <summary>The confusion matrix (rows gold, columns predicted).</summary>
    public ConfusionMatrix Matrix { get; }

    /// <summary>The number of items evaluated.</summary>
    public int Total { get; }

    /// <summary>The share of items whose predicted label equals the gold label, in [0, 1].</summary>
    public double Accuracy { get; }

    /// <summary>Per-label metrics in <see cref="Labels"/> order.</summary>
    public IReadOnlyList<ClassMetrics> PerClass { get; }

    /// <summary>The labels averaged in the macro scores: those present in the gold or the predicted labels.</summary>
    public IReadOnlyList<string> MacroLabels { get; }

    /// <summary>Unweighted mean of per-label precision over <see cref="MacroLabels"/>.</summary>
    public double MacroPrecision { get; }

    /// <summary>Unweighted mean of per-label recall over <see cref="MacroLabels"/>.</summary>
    public double MacroRecall { get; }

    /// <summary>Unweighted mean of per-label F1 over <see cref="MacroLabels"/> (not the F1 of the macro precision and recall).</summary>
    public double MacroF1 { get; }

    /// <summary>Mean of per-label F1 weighted by support (gold count); labels with no gold items weigh 0.</summary>
    public double WeightedF1 { get; }

    /// <summary>
    /// Compares predictions with gold labels.
    /// </summary>
    /// <param name="gold">The gold label of each item (at least one item).</param>
    /// <param name="predicted">The predicted label of each item, same length.</param>
    /// <param name="labels">
    /// The label order and inventory; every observed label must be in it. Null uses the distinct gold and predicted labels
    /// in ordinal order.
    /// </param>
    /// <returns>The report. Cost: O(n + L²).</returns>
    /// <exception cref="ArgumentException">No items, different lengths, or a label missing from <paramref name="labels"/>.</exception>
    public static ClassificationReport Compute(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count == 0)
        {
            throw new ArgumentException("At least one item is needed.", nameof(gold));
        }

        labels ??= gold.Concat(predicted).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new ClassificationReport(ConfusionMatrix.Create(gold, predicted, labels));
    }

    /// <summary>The metrics of one label.</summary>
    /// <param name="label">A label in <see cref="Labels"/>.</param>
    /// <returns>Its metrics.</returns>
    /// <exception cref="ArgumentException">The label is not in the report.</exception>
    public ClassMetrics For(string label)
    {
        var i = Matrix.IndexOf(label);
        if (i < 0)
        {
            throw new ArgumentException($"Label '{label}' is not in the report ({string.Join(", ", Labels)}).", nameof(label));
        }

        return PerClass[i];
    }

    /// <summary>
    /// F_avg = (F1(favor) + F1(against)) / 2, the official score of SemEval-2016 Task 6, stance detection (Mohammad et al.
    /// 2016): the neutral/none class is predicted and evaluated as a class but not averaged.
    /// </summary>
    /// <param name="favorLabel">The label meaning "in favor"; default <c>favor</c>.</param>
    /// <param name="againstLabel">The label meaning "against"; default <c>against</c>.</param>
    /// <returns>F_avg in [0, 1].</returns>
    /// <exception cref="ArgumentException">A label is not in the report; pass the full label list to <see cref="Compute"/> to include it.</exception>
    public double FAvg(string favorLabel = "favor", string againstLabel = "against") =>
        (For(favorLabel).F1 + For(againstLabel).F1) / 2;
}
