namespace FramingAnalysis.Evaluation;

/// <summary>
/// Precision, recall and F1 of one label. Undefined ratios are reported as 0 (precision with no predictions of the label,
/// recall with no gold items of it, F1 when precision + recall = 0), the usual convention of evaluation scripts.
/// </summary>
/// <param name="Label">The label.</param>
/// <param name="Support">The number of items whose gold label is (or, multi-label, whose gold set contains) the label.</param>
/// <param name="Predicted">The number of items predicted as (or with a predicted set containing) the label.</param>
/// <param name="TruePositives">The number of items both gold and predicted as the label.</param>
/// <param name="Precision">TP / Predicted, in [0, 1].</param>
/// <param name="Recall">TP / Support, in [0, 1].</param>
/// <param name="F1">The harmonic mean 2PR / (P + R), in [0, 1].</param>
public sealed record ClassMetrics(string Label, int Support, int Predicted, int TruePositives, double Precision, double Recall, double F1)
{
    /// <summary>Computes the metrics from counts with the zero conventions above.</summary>
    internal static ClassMetrics FromCounts(string label, int support, int predicted, int truePositives)
    {
        var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
        var recall = support == 0 ? 0 : (double)truePositives / support;
        return new ClassMetrics(label, support, predicted, truePositives, precision, recall, F1Of(precision, recall));
    }

    /// <summary>2PR / (P + R), or 0 when P + R = 0.</summary>
    internal static double F1Of(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
