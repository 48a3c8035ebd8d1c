using System.Diagnostics;
using System.Globalization;
using FramingAnalysis.ML;

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
            var split = ModelEvaluator.EvaluateSplit(set.Train, test, options, baseline && set.Task != LearningTask.Frames);
            return new LearnedOutcome(set, split.Model, split.Baseline, split.Model.System, clock.Elapsed);
        }

        var cv = ModelEvaluator.CrossValidate(set.Train, options, set.Folds, baseline && set.Task != LearningTask.Frames);
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

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
