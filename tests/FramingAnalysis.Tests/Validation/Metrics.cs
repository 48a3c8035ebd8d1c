using System.Text;

namespace FramingAnalysis.Tests.Validation;

/// <summary>Confusion matrix and macro-F1 for the validation reports printed by the tests.</summary>
internal static class Metrics
{
    public static (double MacroF1, double Accuracy, string Table) Report(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, string[] labels)
    {
        var m = new int[labels.Length, labels.Length];
        for (var i = 0; i < gold.Count; i++)
        {
            var g = Array.IndexOf(labels, gold[i]);
            var p = Array.IndexOf(labels, predicted[i]);
            if (g >= 0 && p >= 0)
            {
                m[g, p]++;
            }
        }

        var sb = new StringBuilder();
        sb.AppendLine("gold \\ predicted  " + string.Join("  ", labels.Select(l => l.PadLeft(8))));
        double f1Sum = 0;
        var correct = 0;
        for (var g = 0; g < labels.Length; g++)
        {
            sb.AppendLine(labels[g].PadRight(17) + "  " + string.Join("  ", Enumerable.Range(0, labels.Length).Select(p => m[g, p].ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(8))));
            var tp = m[g, g];
            correct += tp;
            var fp = Enumerable.Range(0, labels.Length).Sum(x => x == g ? 0 : m[x, g]);
            var fn = Enumerable.Range(0, labels.Length).Sum(x => x == g ? 0 : m[g, x]);
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        var macro = f1Sum / labels.Length;
        var accuracy = gold.Count == 0 ? 0 : (double)correct / gold.Count;
        sb.AppendLine(System.FormattableString.Invariant($"macro-F1 {macro:0.000}  accuracy {accuracy:0.000}  n={gold.Count}"));
        return (macro, accuracy, sb.ToString());
    }
}
