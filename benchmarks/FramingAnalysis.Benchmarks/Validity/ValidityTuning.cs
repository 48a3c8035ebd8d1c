using System.Globalization;
using FramingAnalysis.Evaluation;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Benchmarks.Validity;

/// <summary>
/// <c>validity --tune [--set Name=value …] [--errors N] [--only SET]</c>: the stance figures on the tuning splits only (NewsMTSC dev,
/// the tuning half of TASS general entities, VAST dev), with stance options changed by name, and optionally N
/// misclassified rows per set with their evidence, printed to the console (never written to a file: the rows are
/// internal data).
/// </summary>
internal static class ValidityTuning
{
    public static int Run(string data, string[] args)
    {
        var options = StanceOptions.Default;
        var errors = 0;
        string? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--set" && i + 1 < args.Length)
            {
                var (name, value) = (args[i + 1].Split('=')[0], double.Parse(args[i + 1].Split('=')[1], CultureInfo.InvariantCulture));
                var property = typeof(StanceOptions).GetProperty(name) ?? throw new ArgumentException($"no stance option '{name}'");
                options = options with { };
                property.SetValue(options, property.PropertyType == typeof(int) ? (int)value : value);
                i++;
            }
            else if (args[i] == "--only" && i + 1 < args.Length)
            {
                only = args[++i];
            }
            else if (args[i] == "--errors" && i + 1 < args.Length)
            {
                errors = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
        }

        var root = DevData.RepositoryRoot();
        var corpus = root is not null && Directory.Exists(Path.Combine(root, "corpus")) ? Path.Combine(root, "corpus") : null;
        foreach (var slice in ValiditySets.Tuning(data, corpus, options))
        {
            if (only is not null && !slice.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var gold = slice.Rows.Select(r => r.Gold).ToArray();
            var evidence = new string[slice.Rows.Count];
            var (ours, notMentioned) = Scoring.Stance(slice.Rows, options, (i, results) =>
                evidence[i] = string.Join("; ", results.Where(r => r.Mentioned).Select(r => $"{r.Voice}:{r.Score:0.00} " + string.Join(" ", r.Evidence.Select(e => $"[{e.Cue} '{e.Text}' {e.Weight:0.00}]")))));
            var report = ClassificationReport.Compute(gold, ours, Scoring.StanceLabels);
            Console.WriteLine($"{slice.Name}: macro-F1 {report.MacroF1:0.000} F_avg {report.FAvg():0.000} (favor {report.For("favor").F1:0.000}, against {report.For("against").F1:0.000}, neutral {report.For("neutral").F1:0.000}), not mentioned {notMentioned}/{slice.Rows.Count}");
            var shown = 0;
            for (var i = 0; i < gold.Length && shown < errors; i++)
            {
                if (gold[i] != ours[i] && (only is not null || i % 7 == 0))
                {
                    shown++;
                    Console.WriteLine($"  gold {gold[i]} / ours {ours[i]} / target {slice.Rows[i].Target.Name}: {slice.Rows[i].Text}");
                    Console.WriteLine($"    {evidence[i]}");
                }
            }
        }

        foreach (var slice in ValiditySets.SentimentTuning(data))
        {
            if (only is not null && !slice.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var gold = slice.Rows.Select(r => r.Gold).ToArray();
            var scored = Scoring.SentimentsWithEvidence(slice.Rows);
            var ours = scored.Select(s => s.Label).ToArray();
            var report = ClassificationReport.Compute(gold, ours, Scoring.SentimentLabels);
            Console.WriteLine($"{slice.Name}: sentiment macro-F1 {report.MacroF1:0.000} (positive {report.For("positive").F1:0.000}, negative {report.For("negative").F1:0.000}, neutral {report.For("neutral").F1:0.000})");
            Console.WriteLine("  precision/recall: " + string.Join(", ", Scoring.SentimentLabels.Select(l => $"{l} {report.For(l).Precision:0.000}/{report.For(l).Recall:0.000} (gold {gold.Count(g => g == l)}, ours {ours.Count(o => o == l)})")));
            var shown = 0;
            for (var i = 0; i < gold.Length && shown < errors; i++)
            {
                if (gold[i] != ours[i] && (only is not null || i % 7 == 0))
                {
                    shown++;
                    Console.WriteLine($"  gold {gold[i]} / ours {ours[i]} ({scored[i].Compound:0.00}): {slice.Rows[i].Text}");
                    Console.WriteLine($"    {scored[i].Evidence}");
                }
            }
        }

        return 0;
    }
}
