using System.Globalization;
using System.Text;

namespace FramingAnalysis.Evaluation;

/// <content>The fixed-width text rendering of the report.</content>
public sealed partial class ClassificationReport
{
    /// <summary>
    /// Renders the report as aligned plain text: a summary line, the confusion matrix (rows gold, columns predicted) and a
    /// per-class table with macro and weighted averages. Numbers use three decimals and the invariant culture, so the text
    /// is stable for golden files. Cost: O(L²).
    /// </summary>
    /// <returns>The text, lines separated by <c>\n</c>, ending with a newline.</returns>
    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"Accuracy {Accuracy:0.000}  Macro-F1 {MacroF1:0.000}  Weighted-F1 {WeightedF1:0.000}  (n = {Total})\n\n");

        // Confusion matrix: first column holds gold labels, then one right-aligned column per predicted label.
        const string Corner = "gold \\ predicted";
        var first = Math.Max(Corner.Length, Labels.Max(l => l.Length));
        var widths = new int[Labels.Count];
        for (var j = 0; j < Labels.Count; j++)
        {
            widths[j] = Labels[j].Length;
            for (var i = 0; i < Labels.Count; i++)
            {
                widths[j] = Math.Max(widths[j], Matrix[i, j].ToString(c).Length);
            }
        }

        text.Append(Corner.PadRight(first));
        for (var j = 0; j < Labels.Count; j++)
        {
            text.Append("  ").Append(Labels[j].PadLeft(widths[j]));
        }

        text.Append('\n');
        for (var i = 0; i < Labels.Count; i++)
        {
            text.Append(Labels[i].PadRight(first));
            for (var j = 0; j < Labels.Count; j++)
            {
                text.Append("  ").Append(Matrix[i, j].ToString(c).PadLeft(widths[j]));
            }

            text.Append('\n');
        }

        text.Append('\n');
        var name = Math.Max("weighted avg".Length, Labels.Max(l => l.Length));
        text.Append("label".PadRight(name)).Append("  precision     recall         f1    support\n");
        foreach (var m in PerClass)
        {
            Row(text, m.Label, m.Precision, m.Recall, m.F1, m.Support, name);
        }

        Row(text, "macro avg", MacroPrecision, MacroRecall, MacroF1, Total, name);
        var weightedPrecision = PerClass.Sum(m => m.Precision * m.Support) / Total;
        var weightedRecall = PerClass.Sum(m => m.Recall * m.Support) / Total;
        Row(text, "weighted avg", weightedPrecision, weightedRecall, WeightedF1, Total, name);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string label, double precision, double recall, double f1, int support, int width)
    {
        var c = CultureInfo.InvariantCulture;
        text.Append(label.PadRight(width))
            .Append(c, $"  {precision,9:0.000}  {recall,9:0.000}  {f1,9:0.000}  {support,9}\n");
    }
}
