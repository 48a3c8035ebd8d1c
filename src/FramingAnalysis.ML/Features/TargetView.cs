using System.Collections.Concurrent;
using FramingAnalysis.Frames;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.ML;

/// <summary>
/// What the rule scorers see of one target in one text: where the text mentions it (character spans, found by the rule
/// stance scorer's mention finder: aliases, handles, hashtags, acronyms, surnames, possessives) and a fixed-length
/// vector of the lexicon scorers' verdicts. These are the target-aware inputs of a model: the mask, the window around
/// each mention, and the lexicon stack (<see cref="FeatureSettings.MaskTarget"/>, <see cref="FeatureSettings.TargetWindow"/>,
/// <see cref="FeatureSettings.LexiconFeatures"/>).
/// </summary>
/// <param name="Mentions">Character spans <c>[Start, End)</c> of the target's mentions, in text order.</param>
/// <param name="Lexicon">The <see cref="TargetView.LexiconCount"/> lexicon features (see <see cref="Of"/>).</param>
/// <param name="Cues">
/// The rule stance scorer's evidence about the target as tokens for the word bag (with the lexicon features): the kind
/// and sign of each item (<c>LX_evaluative+</c>) and, but for sentence sentiment, the kind with the cue as listed
/// (<c>LX_effect:bad-for: suspend + rights</c>), so that a model learns which lexicon cues to trust in its domain.
/// Measured +0.011 macro-F1 on NewsMTSC dev, +0.004 on TASS, ±0 on VAST.
/// </param>
internal sealed record TargetView(IReadOnlyList<(int Start, int End)> Mentions, float[] Lexicon, IReadOnlyList<string> Cues)
{
    /// <summary>The length of <see cref="Lexicon"/>: the stance block, the sentiment block, and one score per policy frame.</summary>
    public static readonly int LexiconCount = FrameAt + FrameSet.PolicyFrames.Frames.Count;

    // Where the sentiment block and the frame block start.
    private const int SentimentAt = 5 + (2 * CueKindCount);
    private const int FrameAt = SentimentAt + 6;

    private const int CueKindCount = 8;

    // The kinds of stance evidence summed as features, positive and negative mass apart (StanceEvidence.Cue).
    private static readonly string[] CueKinds = ["sentence-sentiment", "word-sentiment", "effect", "evaluative", "endorsement", "opposition", "hedge", "comment"];

    private static readonly float[] NoLexicon = new float[LexiconCount];

    private static readonly TargetView None = new([], NoLexicon, []);

    private static readonly string[] FrameIds = [.. FrameSet.PolicyFrames.Frames.Select(f => f.Id)];

    private static readonly RuleSentimentScorer Sentiment = RuleSentimentScorer.CreateDefault();

    // One rule scorer per target name, built on first use; bounded so that a stream of free-text targets cannot grow it without end.
    private static readonly ConcurrentDictionary<string, RuleStanceScorer> Scorers = new(StringComparer.Ordinal);
    private const int MaxCachedScorers = 4096;

    // The content-word stems of each target name, for texts that never name the target in full.
    private static readonly ConcurrentDictionary<(string Target, string Language), HashSet<string>> TargetStems = new();

    // Scorers of targets given with their aliases, kept as long as the target object lives.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StanceTarget, RuleStanceScorer> WithAliases = [];

    /// <summary>
    /// The mentions of <paramref name="target"/> in <paramref name="text"/> and, when <paramref name="lexicon"/> is set,
    /// the lexicon features of a <paramref name="task"/> model. The target's name is its only alias, as in <c>framing evaluate --lexicon</c> without a
    /// targets file. A text without a target (or with an empty one) gives no mentions; its lexicon features still carry
    /// the text's sentiment.
    /// </summary>
    /// <remarks>
    /// The lexicon features, in order: the rule stance score toward the target (summed over the voices that mention it),
    /// whether its label is favor, whether against, whether the text mentions the target, and the quoted voices' share
    /// of the score; then, for each evidence kind (sentence sentiment, word sentiment, good-for/bad-for effects,
    /// evaluative, endorsement, opposition, hedge and comment cues), the sum of its positive and of its negative weights;
    /// then the rule sentiment of the whole text: compound, positive, negative and neutral shares, and whether its label is
    /// positive, whether negative. For a frames model these stay 0 and the last block holds the dictionary frame
    /// scorer's score of each policy frame, in codebook order (measured: the stance blocks did not help frames, nor the
    /// frame block stance). Deterministic: the scorers are.
    /// </remarks>
    /// <param name="text">The example's text.</param>
    /// <param name="language">Its language code.</param>
    /// <param name="target">The target's name, as the model knows it.</param>
    /// <param name="lexicon">Whether to compute the lexicon features.</param>
    /// <param name="task">The model's task: frames models get the frame block, the others the stance and sentiment blocks.</param>
    /// <param name="aliases">The target with its aliases, when the caller has them (<c>framing analyze --targets</c>); else its name is its only alias.</param>
    public static TargetView Of(string text, string language, string? target, bool lexicon, LearningTask task = LearningTask.Stance, StanceTarget? aliases = null)
    {
        var hasTarget = !string.IsNullOrWhiteSpace(target);
        var frameBlock = lexicon && task == LearningTask.Frames;
        lexicon &= task != LearningTask.Frames;
        if (!hasTarget && !lexicon && !frameBlock)
        {
            return None;
        }

        var analyzed = TextPipeline.Default.Analyze(text, language);
        var mentions = new List<(int, int)>();
        var cueTokens = new List<string>();
        var features = lexicon || frameBlock ? new float[LexiconCount] : NoLexicon;
        if (hasTarget)
        {
            var scorer = aliases is not null ? WithAliases.GetValue(aliases, static t => RuleStanceScorer.Create([t], StanceOptions.Default)) : Scorer(target!.Trim());
            var unit = new TextUnit { UnitId = "u", ArticleId = "a", Source = "s", Kind = UnitKind.Paragraph, Index = 1, Text = text, DeclaredLanguage = language };
            var mentioned = Read(scorer.Score(analyzed, unit), mentions, lexicon ? features : null, out var score, out var quoted, cueTokens);
            if (!mentioned)
            {
                // A text about a topic it never names (a reader comment on "gun control"): the rule scorer reads it as a comment
                // answering an article that named the target, and the mask and the window go to the words the text shares
                // with the target's name.
                if (lexicon)
                {
                    var context = new StanceContext(1);
                    context.Mentions[0] = 1;
                    Read(scorer.Score(analyzed, unit with { Kind = UnitKind.Comment }, context), [], features, out score, out quoted, cueTokens);
                }

                SharedWords(analyzed, target!.Trim(), language, mentions);
            }

            if (lexicon)
            {
                var threshold = StanceOptions.Default.Threshold;
                features[0] = (float)Math.Clamp(score, -1, 1);
                features[1] = score >= threshold ? 1 : 0;
                features[2] = score <= -threshold ? 1 : 0;
                features[3] = mentioned ? 1 : 0;
                features[4] = (float)Math.Clamp(quoted, -1, 1);
            }

            mentions.Sort();
        }

        if (lexicon)
        {
            var sentiment = Sentiment.Score(analyzed);
            const int at = SentimentAt;
            features[at] = (float)sentiment.Compound;
            features[at + 1] = (float)sentiment.Positive;
            features[at + 2] = (float)sentiment.Negative;
            features[at + 3] = (float)sentiment.Neutral;
            features[at + 4] = sentiment.Label == SentimentLabel.Positive ? 1 : 0;
            features[at + 5] = sentiment.Label == SentimentLabel.Negative ? 1 : 0;
        }

        if (frameBlock)
        {
            var frames = DictionaryFrameScorer.Default.Score(analyzed);
            for (var f = 0; f < FrameIds.Length; f++)
            {
                features[FrameAt + f] = (float)frames.ScoreOf(FrameIds[f]);
            }
        }

        return new TargetView(mentions, features, cueTokens);
    }

    // Sums the results' scores (all, and the quoted voices'), adds their mention spans and evidence weights; whether any voice mentions the target.
    private static bool Read(IReadOnlyList<StanceResult> results, List<(int, int)> mentions, float[]? features, out double score, out double quoted, List<string> cues)
    {
        score = 0;
        quoted = 0;
        var mentioned = false;
        foreach (var result in results)
        {
            foreach (var e in result.Evidence)
            {
                if (e.Cue is "mention" or "carry")
                {
                    mentions.Add((e.Start, e.Start + e.Length));
                }
                else if (features is not null && Array.IndexOf(CueKinds, e.Cue) is var k and >= 0)
                {
                    features[5 + (2 * k) + (e.Weight > 0 ? 0 : 1)] += (float)e.Weight;
                    cues.Add("LX_" + e.Cue + (e.Weight > 0 ? "+" : "-"));
                    if (e.Cue != "sentence-sentiment")
                    {
                        cues.Add("LX_" + e.Cue + ":" + e.Text.ToLowerInvariant());
                    }
                }
            }

            if (result.Mentioned)
            {
                mentioned = true;
                score += result.Score;
                if (result.Voice == Voice.Quoted)
                {
                    quoted += result.Score;
                }
            }
        }

        return mentioned;
    }

    // The words of the text whose stem is the stem of a content word of the target's name (not a stopword, 3+ letters).
    private static void SharedWords(AnalyzedText text, string target, string language, List<(int, int)> mentions)
    {
        var stems = TargetStems.Count < MaxCachedScorers
            ? TargetStems.GetOrAdd((target, language), static key => ContentStems(key.Target, key.Language))
            : ContentStems(target, language);
        if (stems.Count == 0)
        {
            return;
        }

        var lookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.TokenCount; i++)
        {
            ref readonly var token = ref text.TokenAt(i);
            if (token.Kind == TokenKind.Word && lookup.Contains(text.Stem(i)))
            {
                mentions.Add((token.Start, token.End));
            }
        }
    }

    private static HashSet<string> ContentStems(string target, string language)
    {
        var analyzed = TextPipeline.Default.Analyze(target, language);
        var stopwords = Stopwords.For(analyzed.Language).Words;
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < analyzed.TokenCount; i++)
        {
            if (analyzed.TokenAt(i).Kind == TokenKind.Word && analyzed.Key(i).Length >= 3 && !stopwords.Contains(analyzed.Key(i).ToString()))
            {
                stems.Add(analyzed.Stem(i).ToString());
            }
        }

        return stems;
    }

    private static RuleStanceScorer Scorer(string target)
    {
        if (Scorers.TryGetValue(target, out var cached))
        {
            return cached;
        }

        var scorer = RuleStanceScorer.Create([new StanceTarget(target, new Dictionary<string, IReadOnlyList<string>> { ["*"] = [target] })], StanceOptions.Default);
        return Scorers.Count < MaxCachedScorers ? Scorers.GetOrAdd(target, scorer) : scorer;
    }
}
