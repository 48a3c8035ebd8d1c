using FramingAnalysis.Text;

namespace FramingAnalysis.Sentiment.Vader;

/// <summary>
/// Puts the VADER-compatible scorer behind <see cref="SentimentScorer"/>, so <c>framing analyze --sentiment vader</c>
/// writes the same fields. VADER scores the unit text as a whole with its own whitespace tokenization; the unit label
/// uses VADER's recommended thresholds (±0.05). Immutable and thread-safe.
/// </summary>
public sealed class VaderSentimentAdapter : SentimentScorer
{
    private readonly VaderScorer _vader;

    /// <summary>Wraps a VADER-compatible scorer.</summary>
    public VaderSentimentAdapter(VaderScorer vader)
    {
        _vader = vader ?? throw new ArgumentNullException(nameof(vader));
        ResourceVersions = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [vader.Lexicon.Name] = vader.Lexicon.Version ?? "unversioned",
        };
    }

    /// <inheritdoc/>
    public override string Name => "vader";

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, string> ResourceVersions { get; }

    /// <inheritdoc/>
    public override SentimentResult Score(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = _vader.ScoreWithEvidence(text.Text);
        var s = result.Scores;
        var evidence = new List<SentimentEvidence>();
        foreach (var t in result.Tokens)
        {
            if (t.Valence == 0 && t.BaseValence == 0)
            {
                continue;
            }

            var (offset, length) = t.Offset.GetOffsetAndLength(text.Text.Length);
            evidence.Add(new SentimentEvidence(offset, length, t.Token, t.Token.ToLowerInvariant(), t.BaseValence, t.Valence, SentimentRules.Lexicon, t.Rules.ToString()));
        }

        var label = SentimentOptions.Default.LabelFor(s.Compound);
        return new SentimentResult(s.Compound, s.Positive, s.Negative, s.Neutral, label, [], evidence);
    }
}
