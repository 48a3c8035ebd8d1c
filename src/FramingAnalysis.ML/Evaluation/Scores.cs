namespace FramingAnalysis.ML;

/// <summary>Macro-F1 for trainer selection (used until the shared evaluation package provides reports).</summary>
internal static class Scores
{
    public static double MacroF1(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, IReadOnlyList<string> labels)
    {
        var present = labels.Where(l => gold.Contains(l) || predicted.Contains(l)).ToList();
        if (present.Count == 0)
        {
            return 0;
        }

        double sum = 0;
        foreach (var label in present)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                var g = gold[i] == label;
                var p = predicted[i] == label;
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }

            sum += tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }

        return sum / present.Count;
    }
}
