using FramingAnalysis.Frames;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Analysis;

/// <summary>
/// Everything FramingAnalysis says about one unit: its language, sentiment, stance per target and voice, and frames,
/// each with evidence. Immutable. Boilerplate units carry no scores.
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="Language">The language the scorers used (<c>en</c>, <c>es</c>, <c>und</c>).</param>
/// <param name="LanguageConfidence">Confidence of the language decision, in [0, 1].</param>
/// <param name="Sentiment">The sentiment, or null for boilerplate.</param>
/// <param name="Stance">Stance results per target and voice (empty when no targets were given).</param>
/// <param name="Frames">The frames, or null for boilerplate.</param>
public sealed record UnitAnalysis(TextUnit Unit, string Language, double LanguageConfidence, SentimentResult? Sentiment, IReadOnlyList<StanceResult> Stance, FrameResult? Frames)
{
    /// <summary>
    /// The unit's stance results for one target, voice by voice: its own (outlet, embedded post or comment) and the
    /// speech it quotes; either is null when the unit has no such result (the first one when there are several).
    /// </summary>
    /// <param name="target">The target's name.</param>
    public (StanceResult? Own, StanceResult? Quoted) StanceToward(string target)
    {
        StanceResult? own = null, quoted = null;
        foreach (var r in Stance)
        {
            if (r.Target != target)
            {
                continue;
            }

            if (r.Voice == Voice.Quoted)
            {
                quoted ??= r;
            }
            else
            {
                own ??= r;
            }
        }

        return (own, quoted);
    }
}
