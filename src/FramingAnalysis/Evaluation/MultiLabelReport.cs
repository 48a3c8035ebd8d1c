namespace FramingAnalysis.Evaluation;

/// <summary>
/// Multi-label metrics, for units that can carry several frames at once: per-label precision/recall/F1, their macro
/// averages, micro averages over all (item, label) decisions, and subset accuracy. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Micro precision = ΣTP / (ΣTP + ΣFP) and micro recall = ΣTP / (ΣTP + ΣFN) over labels; micro F1 is their harmonic mean.
/// Macro scores are unweighted means of the per-label values over <see cref="MacroLabels"/>, the labels that occur in some
/// gold or predicted set, the same rule as <see cref="ClassificationReport"/>. Undefined ratios are 0.
/// </remarks>
public sealed class MultiLabelReport
{
    private MultiLabelReport(IReadOnlyList<ClassMetrics> perLabel, int items, int exactMatches)
    {
        PerLabel = perLabel;
        Items = items;
        SubsetAccuracy = (double)exactMatches / items;
        int tp = 0, predicted = 0, support = 0;
        double p = 0, r = 0, f = 0;
        var macro = new List<string>();
        foreach (var m in perLabel)
        {
            tp += m.TruePositives;
            predicted += m.Predicted;
            support += m.Support;
            if (m.Support > 0 || m.Predicted > 0)
            {
                macro.Add(m.Label);
                p += m.Precision;
                r += m.Recall;
                f += m.F1;
            }
        }

        MicroPrecision = predicted == 0 ? 0 : (double)tp / predicted;
        MicroRecall = support == 0 ? 0 : (double)tp / support;
        MicroF1 = ClassMetrics.F1Of(MicroPrecision, MicroRecall);
        MacroLabels = macro;
        MacroPrecision = macro.Count == 0 ? 0 : p / macro.Count;
        MacroRecall = macro.Count == 0 ? 0 : r / macro.Count;
        MacroF1 = macro.Count == 0 ? 0 : f / macro.Count;
    }

    /// <summary>Per-label metrics in the order of the labels passed to <see cref="Compute"/>.</summary>
    public IReadOnlyList<ClassMetrics> PerLabel { get; }

    /// <summary>The number of items evaluated.</summary>
    public int Items { get; }

    /// <summary>The share of items whose predicted set equals the gold set exactly, in [0, 1].</summary>
    public double SubsetAccuracy { get; }

    /// <summary>ΣTP / ΣPredicted over all labels, in [0, 1].</summary>
    public double MicroPrecision { get; }

    /// <summary>ΣTP / ΣSupport over all labels, in [0, 1].</summary>
    public double MicroRecall { get; }

    /// <summary>The harmonic mean of <see cref="MicroPrecision"/> and <see cref="MicroRecall"/>.</summary>
    public double MicroF1 { get; }

    /// <summary>The labels averaged in the macro scores: those in at least one gold or predicted set.</summary>
    public IReadOnlyList<string> MacroLabels { get; }

    /// <summary>Unweighted mean of per-label precision over <see cref="MacroLabels"/>.</summary>
    public double MacroPrecision { get; }

    /// <summary>Unweighted mean of per-label recall over <see cref="MacroLabels"/>.</summary>
    public double MacroRecall { get; }

    /// <summary>Unweighted mean of per-label F1 over <see cref="MacroLabels"/>.</summary>
    public double MacroF1 { get; }

    /// <summary>Compares predicted label sets with gold label sets, item by item.</summary>
    /// <param name="gold">Each item's gold labels (possibly empty), at least one item.</param>
    /// <param name="predicted">Each item's predicted labels, same length.</param>
    /// <param name="labels">The label inventory and report order; every label in the sets must be in it.</param>
    /// <returns>The report. Cost: O(Σ|set| + L).</returns>
    /// <exception cref="ArgumentException">No items, different lengths, or a label missing from <paramref name="labels"/>.</exception>
    public static MultiLabelReport Compute(
        IReadOnlyList<IReadOnlySet<string>> gold,
        IReadOnlyList<IReadOnlySet<string>> predicted,
        IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(labels);
        if (gold.Count == 0 || gold.Count != predicted.Count)
        {
            throw new ArgumentException($"Need at least one item and equal lengths (gold {gold.Count}, predicted {predicted.Count}).", nameof(predicted));
        }

        var index = new Dictionary<string, int>(labels.Count, StringComparer.Ordinal);
        for (var k = 0; k < labels.Count; k++)
        {
            if (!index.TryAdd(labels[k], k))
            {
                throw new ArgumentException($"Label '{labels[k]}' is listed twice.", nameof(labels));
            }
        }

        var support = new int[labels.Count];
        var predictedCount = new int[labels.Count];
        var truePositives = new int[labels.Count];
        var exact = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            foreach (var label in gold[i])
            {
                var k = Lookup(index, label, nameof(gold));
                support[k]++;
                if (predicted[i].Contains(label))
                {
                    truePositives[k]++;
                }
            }

            foreach (var label in predicted[i])
            {
                predictedCount[Lookup(index, label, nameof(predicted))]++;
            }

            if (gold[i].SetEquals(predicted[i]))
            {
                exact++;
            }
        }

        var perLabel = new ClassMetrics[labels.Count];
        for (var k = 0; k < perLabel.Length; k++)
        {
            perLabel[k] = ClassMetrics.FromCounts(labels[k], support[k], predictedCount[k], truePositives[k]);
        }

        return new MultiLabelReport(perLabel, gold.Count, exact);
    }

    private static int Lookup(Dictionary<string, int> index, string label, string name) =>
        index.TryGetValue(label, out var k)
            ? k
            : throw new ArgumentException($"Label '{label}' is not in the label list.", name);
}
