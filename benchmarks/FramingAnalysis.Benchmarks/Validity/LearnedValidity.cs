using System.Diagnostics;
using System.Globalization;
using System.Text;
using FramingAnalysis.ML;

using static FramingAnalysis.Benchmarks.Validity.ValidityReport;

namespace FramingAnalysis.Benchmarks.Validity;

/// <summary>One learning protocol's outcome: ours and the plain ML.NET baseline on the same split or folds, and the time ours took.</summary>
internal sealed record LearnedOutcome(LearnedSet Set, TaskEvaluation Ours, TaskEvaluation? Baseline, string System, TimeSpan Elapsed);

/// <summary>
/// Trains and tests <c>framing train</c>'s models on the real sets (<see cref="LearnedSets"/>) beside ML.NET's plain
/// <c>FeaturizeText</c> + <c>SdcaMaximumEntropy</c> on the same split or folds; and <c>validity --learn</c>, which
/// prints the tuning protocols' figures with feature settings changed by name
/// (<c>--set MaskTarget=false --set TargetWindow=0 …</c>) for ablations.
/// </summary>
internal static class LearnedValidity
{
    /// <summary>Runs one protocol. Cross-validated figures are of the pooled predictions (one confusion over all rows).</summary>
    public static LearnedOutcome Run(LearnedSet set, FramingTrainerOptions options, bool baseline)
    {
        options = options with { Task = set.Task, Labels = set.Labels ?? options.Labels };
        var clock = Stopwatch.StartNew();
        if (set.Test is { } test)
        {
            var split = ModelEvaluator.EvaluateSplit(set.Train, test, options, baseline);
            return new LearnedOutcome(set, split.Model, split.Baseline, split.Model.System, clock.Elapsed);
        }

        var cv = ModelEvaluator.CrossValidate(set.Train, options, set.Folds, baseline);
        return new LearnedOutcome(set, cv.Model.Pooled, cv.Baseline?.Pooled, cv.Model.System, clock.Elapsed);
    }

    /// <summary><c>validity --learn [--set Name=value …] [--trainer auto|sdca|lbfgs] [--only SET] [--baseline] [--reported]</c>.</summary>
    public static int Tune(string data, string[] args)
    {
        var features = FeatureSettings.Default;
        var options = new FramingTrainerOptions { Trainer = TrainerChoice.LbfgsMaximumEntropy };
        string? only = null;
        var baseline = false;
        var reported = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--set" when i + 1 < args.Length:
                    var (name, value) = (args[i + 1].Split('=')[0], args[i + 1].Split('=')[1]);
                    i++;
                    if (typeof(FramingTrainerOptions).GetProperty(name) is { } optionProperty)
                    {
                        options = options with { };
                        optionProperty.SetValue(options, Convert(value, optionProperty.PropertyType));
                        break;
                    }

                    var property = typeof(FeatureSettings).GetProperty(name) ?? throw new ArgumentException($"no feature setting or trainer option '{name}'");
                    features = features with { };
                    property.SetValue(features, Convert(value, property.PropertyType));
                    break;
                case "--trainer" when i + 1 < args.Length:
                    options = options with { Trainer = Enum.Parse<TrainerChoice>(args[++i] switch { "sdca" => "SdcaMaximumEntropy", "lbfgs" => "LbfgsMaximumEntropy", var t => t }, ignoreCase: true) };
                    break;
                case "--only" when i + 1 < args.Length:
                    only = args[++i];
                    break;
                case "--baseline":
                    baseline = true;
                    break;
                case "--reported":
                    reported = true;
                    break;
                default:
                    Console.Error.WriteLine($"validity --learn: unknown argument '{args[i]}'");
                    return 2;
            }
        }

        options = options with { Features = features };
        foreach (var set in reported ? LearnedSets.Reported(data) : LearnedSets.Tuning(data))
        {
            if (only is not null && !set.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var outcome = Run(set, options, baseline);
            Console.WriteLine($"{set.Name}: {Describe(outcome.Ours)}{(outcome.Baseline is { } b ? " | baseline " + Describe(b) : string.Empty)} [{outcome.System}, {outcome.Elapsed.TotalSeconds:0} s]");
        }

        return 0;
    }

    /// <summary>Macro-F1, F_avg and per-class F1 in one line.</summary>
    public static string Describe(TaskEvaluation e) => e.Report is { } r
        ? $"macro-F1 {F(r.MacroF1)} F_avg {F(r.FAvg())} ({string.Join(", ", r.PerClass.Select(c => c.Label + " " + F(c.F1)))})"
        : $"macro-F1 {F(e.MacroF1)} (micro-F1 {F(e.Frames!.MicroF1)})";

    private static object Convert(string value, Type type) =>
        type == typeof(bool) ? bool.Parse(value)
        : type == typeof(int) ? int.Parse(value, CultureInfo.InvariantCulture)
        : type == typeof(float?) || type == typeof(float) ? float.Parse(value, CultureInfo.InvariantCulture)
        : type.IsEnum ? Enum.Parse(type, value, ignoreCase: true)
        : throw new ArgumentException($"cannot set a {type.Name} from the command line");
}

/// <summary>The "learned models" section of <c>docs/validity.md</c>: the reported protocols, each trained three ways.</summary>
internal static class LearnedSection
{
    /// <summary>
    /// Runs every reported protocol with plain ML.NET, with <c>framing train</c> as it was before the target-aware features
    /// and the lexicon stack (and, for frames, at the old threshold of 0.5), and with <c>framing train</c> now (trainer
    /// L-BFGS, as <c>--trainer lbfgs</c>); writes the summary and per-class details; returns the figures to guard.
    /// </summary>
    public static IReadOnlyList<Figure> Write(string data, StringBuilder doc, StringBuilder details)
    {
        var now = new FramingTrainerOptions { Trainer = TrainerChoice.LbfgsMaximumEntropy };
        var before = now with { Features = now.Features.WithoutTargetAwareFeatures(), FrameThreshold = 0.5f };
        var sets = LearnedSets.Reported(data).ToList();
        var outcomes = new (LearnedOutcome Now, LearnedOutcome Before)[sets.Count];
        Parallel.For(0, sets.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            outcomes[i] = (LearnedValidity.Run(sets[i], now, baseline: true), LearnedValidity.Run(sets[i], before, baseline: false)));

        doc.AppendLine().AppendLine("## Learned models (`framing train`, issue 21)").AppendLine()
            .AppendLine("Trained on each set's training split and tested on its test split (or cross-validated where a set has one split),")
            .AppendLine("beside plain ML.NET on the same split or folds (`framing evaluate --baseline`: `FeaturizeText` defaults with")
            .AppendLine("`SdcaMaximumEntropy`, or one default `LbfgsLogisticRegression` per frame) and beside `framing train` without")
            .AppendLine("the target-aware features and the lexicon stack (and, for frames, at the old decision threshold of 0.5). Trainer")
            .AppendLine("L-BFGS maximum entropy (`--trainer lbfgs`; `auto` also tries SDCA and costs ten more fits). Stance sets map")
            .AppendLine("positive → favor and negative → against. `docs/ml.md` explains the features and their ablation.")
            .AppendLine()
            .AppendLine("| Set | Protocol | Plain ML.NET macro-F1 | `framing train` before | **`framing train` now** | Now F_avg | Now − plain |")
            .AppendLine("|---|---|---|---|---|---|---|");
        var figures = new List<Figure>();
        foreach (var (ours, old) in outcomes)
        {
            var plain = ours.Baseline!;
            var fAvg = ours.Ours.FAvg is { } f ? F(f) : "—";
            doc.Append(CultureInfo.InvariantCulture, $"| {ours.Set.Name} | {ours.Set.Protocol} | {F(plain.MacroF1)} | {F(old.Ours.MacroF1)} | **{F(ours.Ours.MacroF1)}** | {fAvg} | {Signed(ours.Ours.MacroF1 - plain.MacroF1)} |").AppendLine();
            figures.Add(new Figure(ours.Set.Name, "learned", "macro-F1", ours.Ours.MacroF1));
            if (ours.Ours.Report is { } report)
            {
                ValidityReport.Details(details, ours.Set.Name + ", learned", ours.Set.Protocol, report,
                    [("plain ML.NET", plain.Report!), ("framing train before", old.Ours.Report!), ("framing train now", report)]);
            }
            else
            {
                ValidityReport.FrameDetails(details, ours.Set.Name + ", learned", ours.Set.Protocol + $"; plain ML.NET macro-F1 {F(plain.MacroF1)}", ours.Ours.Frames!, plain.MacroF1);
            }

            Console.WriteLine($"{ours.Set.Name}: learned macro-F1 {F(ours.Ours.MacroF1)} (before {F(old.Ours.MacroF1)}, plain ML.NET {F(plain.MacroF1)}) in {ours.Elapsed.TotalSeconds:0} s");
        }

        return figures;
    }
}
