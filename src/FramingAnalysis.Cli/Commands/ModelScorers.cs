using FramingAnalysis.Analysis;
using FramingAnalysis.Frames;
using FramingAnalysis.ML;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// Puts a trained model (<c>framing train</c>) behind the core scorer abstractions, so <c>framing analyze --model</c>
/// writes the same fields as the lexicon scorers plus the class probabilities. <see cref="FramingModel"/> is thread-safe.
/// </summary>
internal static class ModelScorers
{
    /// <summary>The <c>--model</c> option of <c>analyze</c> and <c>compare</c>.</summary>
    public static System.CommandLine.Option<string[]> Option() => new("--model")
    {
        Description = "A model from `framing train` (repeatable): it replaces the lexicon scorer for its task (sentiment, stance or frames); analyze records gain the class probabilities, and the run manifest hashes the model file. A stance model needs --targets.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Loads each model and puts it in place of the scorer of its task; a stance model is given <paramref name="targets"/>.</summary>
    /// <exception cref="ArgumentException">A stance model without targets, or a model file that cannot be read.</exception>
    /// <exception cref="IOException">A model file cannot be read.</exception>
    public static AnalyzerOptions Apply(AnalyzerOptions options, IEnumerable<string> paths, IReadOnlyList<StanceTarget> targets)
    {
        foreach (var path in paths)
        {
            FramingModel trained;
            try
            {
                trained = FramingModel.Load(path);
            }
            catch (InvalidDataException ex)
            {
                throw new ArgumentException(ex.Message, ex);
            }

            options = trained.Task switch
            {
                LearningTask.Sentiment => options with { Sentiment = new SentimentModelScorer(trained, path) },
                LearningTask.Stance => targets.Count > 0
                    ? options with { Stance = new StanceModelScorer(trained, targets, path) }
                    : throw new ArgumentException($"{path} is a stance model: give the targets with --targets FILE"),
                _ => options with { Frames = new FrameModelScorer(trained, path) },
            };
        }

        return options;
    }

    private static Dictionary<string, double> Probabilities(FramingPrediction p) =>
        p.Probabilities.ToDictionary(kv => kv.Key, kv => (double)kv.Value, StringComparer.Ordinal);

    private static double P(FramingPrediction p, string label) => p.Probabilities.TryGetValue(label, out var v) ? v : 0;

    /// <summary>A sentiment model: compound = P(positive) − P(negative); shares are the class probabilities.</summary>
    internal sealed class SentimentModelScorer(FramingModel model, string path) : SentimentScorer
    {
        public override string Name => "model";

        public override IReadOnlyDictionary<string, string> ResourceVersions { get; } =
            new Dictionary<string, string>(StringComparer.Ordinal) { [Path.GetFileName(path)] = model.Metadata.TrainingDataSha256 };

        public override SentimentResult Score(AnalyzedText text)
        {
            var p = model.Predict(text.Text, text.Language);
            var label = p.Label switch { "positive" => SentimentLabel.Positive, "negative" => SentimentLabel.Negative, _ => SentimentLabel.Neutral };
            var compound = Math.Round(P(p, "positive") - P(p, "negative"), 4);
            return new SentimentResult(compound, Math.Round(P(p, "positive"), 3), Math.Round(P(p, "negative"), 3), Math.Round(P(p, "neutral"), 3), label, [], [])
            {
                Probabilities = Probabilities(p),
            };
        }
    }

    /// <summary>A stance model: one prediction per target (the target is a model feature); score = P(favor) − P(against).</summary>
    /// <remarks>
    /// Whether a unit refers to a target is decided as the rule scorer decides it (aliases, handles, acronyms, anaphors,
    /// comments answering the article, through the same <see cref="StanceContext"/>): a unit that does not mention a
    /// target has no stance toward it, whatever the model would say; the model labels the others.
    /// </remarks>
    internal sealed class StanceModelScorer(FramingModel model, IReadOnlyList<StanceTarget> targets, string path) : StanceScorer
    {
        private readonly RuleStanceScorer _mentions = RuleStanceScorer.Create(targets);

        public override IReadOnlyList<StanceTarget> Targets => targets;

        public override string Name => "model";

        /// <summary>The model file (by the hash of its training data) and the rule stage's tables, which decide the mentions.</summary>
        public override IReadOnlyDictionary<string, string> ResourceVersions =>
            new Dictionary<string, string>(_mentions.ResourceVersions, StringComparer.Ordinal) { [Path.GetFileName(path)] = model.Metadata.TrainingDataSha256 };

        public override IReadOnlyList<StanceResult> Score(AnalyzedText text, TextUnit unit, StanceContext? context)
        {
            var rule = _mentions.Score(text, unit, context);
            var results = new List<StanceResult>(targets.Count);
            foreach (var target in targets)
            {
                if (!rule.Any(r => r.Target == target.Name && r.Mentioned))
                {
                    results.Add(StanceResult.NotMentioned(target.Name, unit.Voice, unit.Voice == Voice.Embedded ? unit.Author : null, "no mention"));
                    continue;
                }

                var p = model.Predict(text.Text, text.Language, target);
                var label = p.Label switch { "favor" => StanceLabel.Favor, "against" => StanceLabel.Against, _ => StanceLabel.Neutral };
                var score = Math.Round(P(p, "favor") - P(p, "against"), 4);
                var confidence = Math.Round(p.Probabilities.Values.DefaultIfEmpty(0).Max(), 4);
                // The evidence is where the rule stage found the target (its mentions): the model's label has no cue of its
                // own, and the comparison's naming table reads these mentions.
                var mentions = rule.Where(r => r.Target == target.Name && r.Mentioned).SelectMany(r => r.Evidence)
                    .Where(e => e.Cue is "mention" or "carry").OrderBy(e => e.Start).ToList();
                results.Add(new StanceResult(target.Name, label, score, confidence, unit.Voice, unit.Voice == Voice.Embedded ? unit.Author : null, "model", mentions)
                {
                    Probabilities = Probabilities(p),
                });
            }

            return results;
        }
    }

    /// <summary>A frames model: each frame's score is its predicted probability; the primary frame is the most probable chosen one.</summary>
    internal sealed class FrameModelScorer(FramingModel model, string path) : FrameScorer
    {
        public override FrameSet FrameSet => FrameSet.PolicyFrames;

        public override string Name => "model";

        public override IReadOnlyDictionary<string, string> ResourceVersions { get; } =
            new Dictionary<string, string>(StringComparer.Ordinal) { [Path.GetFileName(path)] = model.Metadata.TrainingDataSha256 };

        public override FrameResult Score(AnalyzedText text)
        {
            var p = model.Predict(text.Text, text.Language);
            var scores = p.Probabilities.Where(kv => kv.Value > 0)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new FrameScore(kv.Key, Math.Round(kv.Value, 4), [])).ToList();
            return new FrameResult(scores, p.Labels.FirstOrDefault());
        }
    }
}
