using System.Globalization;
using System.Text;
using FramingAnalysis.Evaluation;

namespace FramingAnalysis.Benchmarks.Validity;

/// <summary>Writes the Markdown of <c>docs/validity.md</c>: summary tables with baselines, then per-set details.</summary>
internal static class ValidityReport
{
    public static void Header(StringBuilder doc)
    {
        doc.AppendLine("# Validity on real annotated text").AppendLine()
            .AppendLine("What the built-in scorers get right on public, human-annotated English and Spanish sets, zero-shot (built-in")
            .AppendLine("lexicons, no training), beside baselines on the same rows. The sets live outside the repository, in")
            .AppendLine("`../shared/devdata/` (internal evaluation data: sources, licences and label mappings are in its README; no row of")
            .AppendLine("them is in this repository). Regenerate this page with")
            .AppendLine()
            .AppendLine("```bash")
            .AppendLine("dotnet run -c Release --project benchmarks/FramingAnalysis.Benchmarks -- validity          # writes docs/validity.md")
            .AppendLine("dotnet run -c Release --project benchmarks/FramingAnalysis.Benchmarks -- validity --check  # also fails when a figure drops")
            .AppendLine("```")
            .AppendLine()
            .AppendLine("`.ci/run` runs it with `--check` when the data is present: a figure of ours more than 0.01 below its floor in")
            .AppendLine("`benchmarks/FramingAnalysis.Benchmarks/Validity/floors.tsv` fails CI. Reported splits are test splits where a set")
            .AppendLine("has one; tuning looked only at train and dev splits (for TASS general entities, which has one split, at the rows")
            .AppendLine("whose tweet id has an even FNV-1a hash; the other half is reported apart as held out).")
            .AppendLine()
            .AppendLine("Stance rows: the targeted stance is the sum of the scores of every voice of the unit that refers to the target,")
            .AppendLine("labelled at the scorer's threshold (0.15); a unit that never refers to the target is predicted neutral (these sets")
            .AppendLine("have no \"not mentioned\" class) and counted under *not mentioned*. The target-blind baseline is our own sentence")
            .AppendLine("sentiment of the whole text (positive → favor, negative → against, neutral or mixed → neutral).")
            .AppendLine();
    }

    public static void StanceSummaryHeader(StringBuilder doc) =>
        doc.AppendLine("| Set | Rows | Majority macro-F1 | Target-blind sentiment macro-F1 | **Targeted stance macro-F1** | Targeted F_avg | Targeted − blind | Not mentioned |")
            .AppendLine("|---|---|---|---|---|---|---|---|");

    public static void StanceSummaryRow<T>(StringBuilder doc, ValiditySets.Slice<T> slice, string majority, ClassificationReport majorityReport, ClassificationReport blind, ClassificationReport ours, int notMentioned) =>
        doc.Append(CultureInfo.InvariantCulture, $"| {slice.Name} | {slice.Rows.Count:N0} | {F(majorityReport.MacroF1)} ({majority}) | {F(blind.MacroF1)} | **{F(ours.MacroF1)}** | {F(ours.FAvg())} | {Signed(ours.MacroF1 - blind.MacroF1)} | {notMentioned:N0} |").AppendLine();

    public static void SimpleSummaryHeader(StringBuilder doc) =>
        doc.AppendLine("| Set | Rows | Baseline | Baseline macro-F1 | **Ours macro-F1** |").AppendLine("|---|---|---|---|---|");

    public static void SimpleSummaryRow(StringBuilder doc, string name, int rows, string baseline, double baselineF1, double ours) =>
        doc.Append(CultureInfo.InvariantCulture, $"| {name} | {rows:N0} | {baseline} | {F(baselineF1)} | **{F(ours)}** |").AppendLine();

    /// <summary>Per-class F1 of every method and our confusion matrix (rows gold, columns predicted).</summary>
    public static void Details(StringBuilder doc, string name, string note, ClassificationReport ours, IReadOnlyList<(string Method, ClassificationReport Report)> methods)
    {
        doc.Append("### ").AppendLine(name).AppendLine().AppendLine(note + ".").AppendLine();
        doc.Append("| Method | Accuracy | Macro-F1 |");
        foreach (var label in ours.Labels)
        {
            doc.Append(" F1 ").Append(label).Append(" |");
        }

        doc.AppendLine().Append("|---|---|---|").AppendLine(string.Concat(Enumerable.Repeat("---|", ours.Labels.Count)));
        foreach (var (method, report) in methods)
        {
            doc.Append(CultureInfo.InvariantCulture, $"| {method} | {F(report.Accuracy)} | {F(report.MacroF1)} |");
            foreach (var label in ours.Labels)
            {
                doc.Append(' ').Append(F(report.For(label).F1)).Append(" |");
            }

            doc.AppendLine();
        }

        doc.AppendLine().Append("Confusion of ours (rows gold, columns predicted):").AppendLine().AppendLine();
        doc.Append("| gold \\ predicted |");
        foreach (var label in ours.Labels)
        {
            doc.Append(' ').Append(label).Append(" |");
        }

        doc.AppendLine().Append("|---|").AppendLine(string.Concat(Enumerable.Repeat("---|", ours.Labels.Count)));
        for (var g = 0; g < ours.Labels.Count; g++)
        {
            doc.Append("| ").Append(ours.Labels[g]).Append(" |");
            for (var p = 0; p < ours.Labels.Count; p++)
            {
                doc.Append(' ').Append(ours.Matrix[g, p].ToString(CultureInfo.InvariantCulture)).Append(" |");
            }

            doc.AppendLine();
        }

        doc.AppendLine();
    }

    /// <summary>Per-frame precision, recall and F1 of ours.</summary>
    public static void FrameDetails(StringBuilder doc, string name, string note, MultiLabelReport ours, double baseline)
    {
        doc.Append("### ").AppendLine(name).AppendLine().AppendLine(note + ".").AppendLine();
        doc.Append(CultureInfo.InvariantCulture, $"Ours: macro-F1 {F(ours.MacroF1)}, micro-F1 {F(ours.MicroF1)}, subset accuracy {F(ours.SubsetAccuracy)}; most-frequent-frame baseline macro-F1 {F(baseline)}.").AppendLine().AppendLine();
        doc.AppendLine("| Frame | Support | Predicted | Precision | Recall | F1 |").AppendLine("|---|---|---|---|---|---|");
        foreach (var m in ours.PerLabel)
        {
            doc.Append(CultureInfo.InvariantCulture, $"| {m.Label} | {m.Support} | {m.Predicted} | {F(m.Precision)} | {F(m.Recall)} | {F(m.F1)} |").AppendLine();
        }

        doc.AppendLine();
    }

    /// <summary>A figure as the report shows it: three decimals, invariant culture.</summary>
    public static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A difference with its sign (a true minus sign), three decimals.</summary>
    public static string Signed(double value) => (value >= 0 ? "+" : "−") + Math.Abs(value).ToString("0.000", CultureInfo.InvariantCulture);
}
