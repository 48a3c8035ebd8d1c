using System.Diagnostics;
using System.Globalization;
using System.Text;
using FramingAnalysis.Evaluation;

using static FramingAnalysis.Benchmarks.Validity.ValidityReport;

namespace FramingAnalysis.Benchmarks.Validity;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/FramingAnalysis.Benchmarks -- validity [--data DIR] [--out FILE]
/// [--check] [--write-floors] [--no-learn]</c>: runs every stance, sentiment and frame set of <c>../shared/devdata/</c> through the
/// public API, zero-shot with the built-in lexicons, beside baselines (majority class; our target-blind sentiment for
/// the target-dependent sets), and writes <c>docs/validity.md</c>: per set, macro-F1 (and F_avg for stance), per-class
/// F1 and our confusion matrix. <c>--check</c> fails (exit 1) when a figure of ours falls more than 0.01 below its floor
/// in <c>benchmarks/FramingAnalysis.Benchmarks/Validity/floors.tsv</c>; <c>--write-floors</c> records the current
/// figures as the floors (an explicit step, never done silently). Unless <c>--no-learn</c>, it also trains and tests
/// <c>framing train</c>'s models on the sets' training splits beside plain ML.NET (<see cref="LearnedSection"/>).
/// </summary>
internal static class ValidityCommand
{
    /// <summary>How far below its floor a figure may fall before <c>--check</c> fails.</summary>
    private const double Tolerance = 0.01;

    public static int Run(string[] args)
    {
        string? dataArg = null;
        string? outPath = null;
        var check = false;
        var writeFloors = false;
        var learn = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Length:
                    dataArg = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    outPath = args[++i];
                    break;
                case "--check":
                    check = true;
                    break;
                case "--write-floors":
                    writeFloors = true;
                    break;
                case "--no-learn":
                    learn = false;
                    break;
                case "--tune":
                    return DevData.Find(dataArg) is { } tuning ? ValidityTuning.Run(tuning, args[(i + 1)..]) : 2;
                case "--learn":
                    return DevData.Find(dataArg) is { } learning ? LearnedValidity.Tune(learning, args[(i + 1)..]) : 2;
                default:
                    Console.Error.WriteLine($"validity: unknown argument '{args[i]}' (use --data DIR, --out FILE, --check, --write-floors, --no-learn, --tune …, --learn …)");
                    return 2;
            }
        }

        var root = DevData.RepositoryRoot();
        var data = DevData.Find(dataArg);
        if (data is null)
        {
            Console.WriteLine($"validity: no devdata folder (../shared/devdata beside the clone, or {DevData.EnvironmentVariable}); nothing to measure");
            return check ? 0 : 2;
        }

        var corpus = root is not null && Directory.Exists(Path.Combine(root, "corpus")) ? Path.Combine(root, "corpus") : null;
        outPath ??= root is not null ? Path.Combine(root, "docs", "validity.md") : "validity.md";
        var floorsPath = Path.Combine(root ?? ".", "benchmarks", "FramingAnalysis.Benchmarks", "Validity", "floors.tsv");

        var clock = Stopwatch.StartNew();
        var figures = new List<Figure>();
        var doc = new StringBuilder();
        ValidityReport.Header(doc);

        doc.AppendLine("## Stance toward a target (target-dependent sets)").AppendLine();
        var stance = ValiditySets.Stance(data, corpus).ToList();
        ValidityReport.StanceSummaryHeader(doc);
        var details = new StringBuilder();
        foreach (var slice in stance)
        {
            var gold = slice.Rows.Select(r => r.Gold).ToArray();
            var (ours, notMentioned) = Scoring.Stance(slice.Rows);
            var blind = Scoring.BlindStance(slice.Rows);
            var majority = Majority(gold);
            var oursReport = ClassificationReport.Compute(gold, ours, Scoring.StanceLabels);
            var blindReport = ClassificationReport.Compute(gold, blind, Scoring.StanceLabels);
            var majorityReport = ClassificationReport.Compute(gold, Enumerable.Repeat(majority, gold.Length).ToArray(), Scoring.StanceLabels);
            ValidityReport.StanceSummaryRow(doc, slice, majority, majorityReport, blindReport, oursReport, notMentioned);
            ValidityReport.Details(details, slice.Name, slice.Note, oursReport, [("majority (" + majority + ")", majorityReport), ("our target-blind sentiment", blindReport), ("targeted stance (ours)", oursReport)]);
            figures.Add(new Figure(slice.Name, "stance", "macro-F1", oursReport.MacroF1));
            figures.Add(new Figure(slice.Name, "stance", "F_avg", oursReport.FAvg()));
            Console.WriteLine($"{slice.Name}: stance macro-F1 {F(oursReport.MacroF1)} (blind sentiment {F(blindReport.MacroF1)}, majority {F(majorityReport.MacroF1)}), not mentioned {notMentioned}/{slice.Rows.Count}");
        }

        doc.AppendLine().AppendLine("## Sentiment (sentence and tweet level)").AppendLine();
        ValidityReport.SimpleSummaryHeader(doc);
        foreach (var slice in ValiditySets.Sentiment(data))
        {
            var gold = slice.Rows.Select(r => r.Gold).ToArray();
            var ours = Scoring.Sentiments(slice.Rows);
            var majority = Majority(gold);
            var oursReport = ClassificationReport.Compute(gold, ours, Scoring.SentimentLabels);
            var majorityReport = ClassificationReport.Compute(gold, Enumerable.Repeat(majority, gold.Length).ToArray(), Scoring.SentimentLabels);
            ValidityReport.SimpleSummaryRow(doc, slice.Name, slice.Rows.Count, "majority (" + majority + ")", majorityReport.MacroF1, oursReport.MacroF1);
            ValidityReport.Details(details, slice.Name, slice.Note, oursReport, [("majority (" + majority + ")", majorityReport), ("rule sentiment (ours)", oursReport)]);
            figures.Add(new Figure(slice.Name, "sentiment", "macro-F1", oursReport.MacroF1));
            Console.WriteLine($"{slice.Name}: sentiment macro-F1 {F(oursReport.MacroF1)} (majority {F(majorityReport.MacroF1)})");
        }

        doc.AppendLine().AppendLine("## Policy frames (multi-label)").AppendLine();
        ValidityReport.SimpleSummaryHeader(doc);
        foreach (var (slice, inventory, fallback) in ValiditySets.Frames(data))
        {
            var gold = slice.Rows.Select(r => r.Gold).ToArray();
            var ours = Scoring.Frames(slice.Rows, inventory, fallback);
            var common = gold.SelectMany(g => g).GroupBy(l => l, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            IReadOnlySet<string> always = new HashSet<string>([common], StringComparer.Ordinal);
            var oursReport = MultiLabelReport.Compute(gold, ours, inventory);
            var majorityReport = MultiLabelReport.Compute(gold, [.. gold.Select(_ => always)], inventory);
            ValidityReport.SimpleSummaryRow(doc, slice.Name, slice.Rows.Count, "most frequent frame (" + common + ")", majorityReport.MacroF1, oursReport.MacroF1);
            ValidityReport.FrameDetails(details, slice.Name, slice.Note, oursReport, majorityReport.MacroF1);
            figures.Add(new Figure(slice.Name, "frames", "macro-F1", oursReport.MacroF1));
            Console.WriteLine($"{slice.Name}: frames macro-F1 {F(oursReport.MacroF1)} (most frequent frame {F(majorityReport.MacroF1)})");
        }

        if (learn)
        {
            figures.AddRange(LearnedSection.Write(data, doc, details));
        }

        doc.AppendLine().AppendLine("## Details").AppendLine().Append(details);
        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(outPath, doc.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
        Console.WriteLine($"validity: wrote {outPath} in {clock.Elapsed.TotalSeconds:0.0} s");

        if (writeFloors)
        {
            Floors.Write(floorsPath, figures);
            Console.WriteLine($"validity: recorded {figures.Count} floors in {floorsPath}");
        }

        return check ? Floors.Check(floorsPath, figures, Tolerance) : 0;
    }

    private static string Majority(string[] gold) =>
        gold.GroupBy(g => g, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
}

/// <summary>One measured figure of ours: set, task, metric and value.</summary>
internal sealed record Figure(string Set, string Task, string Metric, double Value);
