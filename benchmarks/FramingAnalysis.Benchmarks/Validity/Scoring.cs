using System.Collections.Concurrent;
using FramingAnalysis.Frames;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Benchmarks.Validity;

/// <summary>One row of a target-dependent set: the text, its language, the target as the scorer is told it, the gold label (favor, against, neutral), and whether the text is a reader comment on an article about the target.</summary>
internal sealed record StanceRow(string Text, string Language, StanceTarget Target, string Gold, bool AsComment)
{
    /// <summary>For a unit scored in its article's context by the analyzer: the summed score of the voices that refer to the target, and whether any does.</summary>
    public (double Score, bool Mentioned)? InContext { get; init; }
}

/// <summary>One row of a sentence- or tweet-level sentiment set (gold positive, negative, neutral).</summary>
internal sealed record SentimentRow(string Text, string Language, string Gold);

/// <summary>One row of a multi-label frame set (gold frame ids).</summary>
internal sealed record FrameRow(string Text, string Language, IReadOnlySet<string> Gold);

/// <summary>
/// Runs the library's public scorers over evaluation rows, as a user would: the text stage, then the rule stance,
/// sentiment or frame scorer with its built-in lexicons (zero-shot). Rows are scored in parallel; results keep row order.
/// </summary>
internal static class Scoring
{
    /// <summary>The three stance labels of every target-dependent set, favor first (F_avg averages favor and against).</summary>
    public static readonly string[] StanceLabels = ["favor", "against", "neutral"];

    /// <summary>The three sentiment labels of every sentiment set.</summary>
    public static readonly string[] SentimentLabels = ["positive", "negative", "neutral"];

    private static readonly RuleSentimentScorer Sentiment = RuleSentimentScorer.CreateDefault();

    /// <summary>
    /// The targeted stance of each row: the sum of the scores of every voice of the unit that refers to the target,
    /// labelled at the scorer's threshold. A row whose text never refers to the target is predicted neutral (the sets
    /// have no "not mentioned" class) and counted in <c>NotMentioned</c>.
    /// </summary>
    public static (string[] Predicted, int NotMentioned) Stance(IReadOnlyList<StanceRow> rows, StanceOptions? options = null, Action<int, IReadOnlyList<StanceResult>>? inspect = null)
    {
        options ??= StanceOptions.Default;
        var scorers = new ConcurrentDictionary<string, RuleStanceScorer>(StringComparer.Ordinal);
        var predicted = new string[rows.Count];
        var notMentioned = 0;
        Parallel.For(0, rows.Count, i =>
        {
            var row = rows[i];
            if (row.InContext is { } known)
            {
                if (!known.Mentioned)
                {
                    Interlocked.Increment(ref notMentioned);
                }

                predicted[i] = Label(known.Score, options.Threshold);
                return;
            }

            var key = TargetKey(row.Target);
            var scorer = scorers.GetOrAdd(key, _ => RuleStanceScorer.Create([row.Target], options));
            var kind = row.AsComment ? UnitKind.Comment : UnitKind.Paragraph;
            var unit = new TextUnit { UnitId = "row", ArticleId = "row", Source = "row", Kind = kind, Index = 1, Text = row.Text, DeclaredLanguage = row.Language };

            // A comment answers an article about the target: the article named it once.
            StanceContext? context = null;
            if (row.AsComment)
            {
                context = new StanceContext(1);
                context.Mentions[0] = 1;
            }

            var results = scorer.Score(TextPipeline.Default.Analyze(row.Text, row.Language), unit, context);
            inspect?.Invoke(i, results);
            double sum = 0;
            var mentioned = false;
            foreach (var r in results)
            {
                if (r.Mentioned)
                {
                    mentioned = true;
                    sum += r.Score;
                }
            }

            if (!mentioned)
            {
                Interlocked.Increment(ref notMentioned);
            }

            predicted[i] = Label(sum, options.Threshold);
        });

        return (predicted, notMentioned);
    }

    /// <summary>Our target-blind sentiment of each row's whole text as a stance: positive → favor, negative → against, neutral or mixed → neutral.</summary>
    public static string[] BlindStance(IReadOnlyList<StanceRow> rows)
    {
        var predicted = new string[rows.Count];
        Parallel.For(0, rows.Count, i => predicted[i] = SentimentLabel(rows[i].Text, rows[i].Language) switch
        {
            "positive" => "favor",
            "negative" => "against",
            _ => "neutral",
        });
        return predicted;
    }

    /// <summary>Our rule sentiment of each row (mixed counts as neutral: the sets have no mixed class).</summary>
    public static string[] Sentiments(IReadOnlyList<SentimentRow> rows)
    {
        var predicted = new string[rows.Count];
        Parallel.For(0, rows.Count, i => predicted[i] = SentimentLabel(rows[i].Text, rows[i].Language));
        return predicted;
    }

    /// <summary>
    /// The frames of each row: every frame of <paramref name="inventory"/> scoring at least 0.15 (as
    /// <c>framing evaluate --task frames --lexicon</c> selects them), else the highest-scoring frame of the inventory
    /// (a set that annotates only some frames is scored on its own labels), else <paramref name="fallback"/> when given.
    /// </summary>
    public static IReadOnlySet<string>[] Frames(IReadOnlyList<FrameRow> rows, IReadOnlyList<string> inventory, string? fallback)
    {
        var allowed = new HashSet<string>(inventory, StringComparer.Ordinal);
        var predicted = new IReadOnlySet<string>[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            var result = DictionaryFrameScorer.Default.Score(TextPipeline.Default.Analyze(rows[i].Text, rows[i].Language));
            var chosen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var s in result.Scores)
            {
                if (s.Score >= 0.15 && allowed.Contains(s.Frame))
                {
                    chosen.Add(s.Frame);
                }
            }

            // None reaches the threshold: the highest-scoring frame of the set's own labels (ties: label order).
            if (chosen.Count == 0)
            {
                FrameScore? best = null;
                foreach (var s in result.Scores)
                {
                    if (s.Score > 0 && allowed.Contains(s.Frame) && (best is null || s.Score > best.Score))
                    {
                        best = s;
                    }
                }

                if (best is not null)
                {
                    chosen.Add(best.Frame);
                }
            }

            if (chosen.Count == 0 && fallback is not null)
            {
                chosen.Add(fallback);
            }

            predicted[i] = chosen;
        });
        return predicted;
    }

    /// <summary>Our rule sentiment of each row with its compound and a one-line rendering of its evidence (for the tuning console only).</summary>
    public static (string Label, double Compound, string Evidence)[] SentimentsWithEvidence(IReadOnlyList<SentimentRow> rows)
    {
        var scored = new (string, double, string)[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            var result = Sentiment.Score(TextPipeline.Default.Analyze(rows[i].Text, rows[i].Language));
            var label = result.Label switch
            {
                FramingAnalysis.Sentiment.SentimentLabel.Positive => "positive",
                FramingAnalysis.Sentiment.SentimentLabel.Negative => "negative",
                _ => "neutral",
            };
            scored[i] = (label, result.Compound, string.Join(" ", result.Evidence.Select(e => $"[{e.Text} {e.BaseValence:0.0}->{e.Valence:0.00} {e.Rules}]")));
        });
        return scored;
    }

    private static string SentimentLabel(string text, string language) =>
        Sentiment.Score(TextPipeline.Default.Analyze(text, language)).Label switch
        {
            FramingAnalysis.Sentiment.SentimentLabel.Positive => "positive",
            FramingAnalysis.Sentiment.SentimentLabel.Negative => "negative",
            _ => "neutral",
        };

    private static string Label(double score, double threshold) => score >= threshold ? "favor" : score <= -threshold ? "against" : "neutral";

    private static string TargetKey(StanceTarget target) =>
        target.Name + "\u0001" + string.Join("\u0002", target.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + string.Join("\u0003", a.Value)));
}
