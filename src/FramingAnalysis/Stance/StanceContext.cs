namespace FramingAnalysis.Stance;

/// <summary>
/// What the stance scorer remembers between the units of one article, so that a target is not lost after the unit that
/// names it: the target mentioned last (for anaphors such as <c>the facility</c> or <c>la medida</c> in the next
/// paragraph) and how often the outlet named each target (a comment that names no target is read as being about the
/// targets the article named). One context per article, used in reading order.
/// </summary>
/// <remarks>Not thread-safe: it belongs to one article being analyzed by one thread.</remarks>
public sealed class StanceContext
{
    private int _lastTarget = -1;

    /// <summary>Makes an empty context for <paramref name="targetCount"/> targets.</summary>
    public StanceContext(int targetCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(targetCount);
        Mentions = new int[targetCount];
    }

    /// <summary>
    /// The sentiment already scored for the unit about to be scored, by the rule sentiment scorer, or null. The analyzer
    /// sets it before each unit and clears it after; the rule stance scorer reads its sentence compounds instead of
    /// scoring the unit's sentiment again when it was made with the same rules and pack (otherwise it scores its own).
    /// </summary>
    public Sentiment.SentimentResult? UnitSentiment { get; set; }

    /// <summary>The sentiment scorer that made <see cref="UnitSentiment"/>.</summary>
    internal Sentiment.RuleSentimentScorer? UnitSentimentScorer { get; set; }

    /// <summary>
    /// The index (into the scorer's <see cref="StanceScorer.Targets"/>) of the target mentioned last in the article so
    /// far, or -1 when none has been. A scorer reads it to resolve an anaphor in a unit that names no target, and sets it
    /// after each unit that names one; the units of an article are scored in reading order, so the value is what the
    /// article's previous units left.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value other than -1 or an index below the target count.</exception>
    public int LastTarget
    {
        get => _lastTarget;
        set
        {
            if (value < -1 || value >= Mentions.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"LastTarget is -1 or a target index below {Mentions.Length}.");
            }

            _lastTarget = value;
        }
    }

    /// <summary>How many times the outlet's units (title, paragraphs, embedded posts) named each target so far.</summary>
    public int[] Mentions { get; }

    /// <summary>The article's most-named target (ties: the first in target order), or -1 when none was named.</summary>
    public int PrincipalTarget
    {
        get
        {
            var best = -1;
            for (var i = 0; i < Mentions.Length; i++)
            {
                if (Mentions[i] > 0 && (best < 0 || Mentions[i] > Mentions[best]))
                {
                    best = i;
                }
            }

            return best;
        }
    }
}
