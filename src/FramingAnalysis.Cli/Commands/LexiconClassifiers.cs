using System.Collections.Concurrent;
using FramingAnalysis.Frames;
using FramingAnalysis.ML;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// Where <c>framing evaluate --lexicon</c> gets its classifier: the built-in lexicon scorers behind
/// <see cref="IFramingClassifier"/>, so that they are scored with exactly the same metrics as a trained model.
/// </summary>
internal static class LexiconClassifiers
{
    /// <summary>
    /// Makes the lexicon classifier for a task. For stance, <paramref name="targets"/> gives the aliases; without it each
    /// gold target name is its own (only) alias.
    /// </summary>
    public static IFramingClassifier Create(LearningTask task, IReadOnlyList<StanceTarget>? targets) => task switch
    {
        LearningTask.Sentiment => new SentimentClassifier(),
        LearningTask.Stance => new StanceClassifier(targets),
        _ => new FrameClassifier(),
    };

    private static FramingPrediction OneHot(string label, IReadOnlyList<string> labels)
    {
        var p = labels.ToDictionary(l => l, l => l == label ? 1f : 0f, StringComparer.Ordinal);
        return new FramingPrediction(label, p, [label]);
    }

    private sealed class SentimentClassifier : IFramingClassifier
    {
        private readonly RuleSentimentScorer _scorer = RuleSentimentScorer.CreateDefault();

        public LearningTask Task => LearningTask.Sentiment;

        public FramingPrediction Predict(string text, string language, string? target = null)
        {
            var label = _scorer.Score(TextPipeline.Default.Analyze(text, language)).Label.ToString().ToLowerInvariant();
            return OneHot(label, ["positive", "negative", "neutral", "mixed"]);
        }
    }

    private sealed class StanceClassifier(IReadOnlyList<StanceTarget>? targets) : IFramingClassifier
    {
        private readonly ConcurrentDictionary<string, RuleStanceScorer> _byTarget = new(StringComparer.Ordinal);

        public LearningTask Task => LearningTask.Stance;

        public FramingPrediction Predict(string text, string language, string? target = null)
        {
            var name = target ?? targets?.FirstOrDefault()?.Name ?? string.Empty;
            var scorer = _byTarget.GetOrAdd(name, n => RuleStanceScorer.Create(
                [targets?.FirstOrDefault(t => t.Name == n) ?? new StanceTarget(n, new Dictionary<string, IReadOnlyList<string>> { ["*"] = [n] })]));
            var unit = new TextUnit { UnitId = "gold", ArticleId = "gold", Source = "gold", Kind = UnitKind.Paragraph, Index = 1, Text = text, DeclaredLanguage = language };
            var score = scorer.Score(TextPipeline.Default.Analyze(text, language), unit).Where(r => r.Mentioned).Sum(r => r.Score);
            var label = score >= StanceOptions.Default.Threshold ? "favor" : score <= -StanceOptions.Default.Threshold ? "against" : "neutral";
            return OneHot(label, ["favor", "against", "neutral"]);
        }
    }

    private sealed class FrameClassifier : IFramingClassifier
    {
        public LearningTask Task => LearningTask.Frames;

        public FramingPrediction Predict(string text, string language, string? target = null)
        {
            var result = DictionaryFrameScorer.Default.Score(TextPipeline.Default.Analyze(text, language));
            var probabilities = FrameSet.PolicyFrames.Frames.ToDictionary(f => f.Id, f => (float)result.ScoreOf(f.Id), StringComparer.Ordinal);

            // Frames scoring at least 0.15 (about one ordinary cue per 60 words) are predicted; the primary one first.
            var chosen = result.Scores.Where(s => s.Score >= 0.15).Select(s => s.Frame).ToList();
            if (chosen.Count == 0 && result.PrimaryFrame is { } primary)
            {
                chosen.Add(primary);
            }

            return new FramingPrediction(chosen.FirstOrDefault() ?? "other", probabilities, chosen);
        }
    }
}
