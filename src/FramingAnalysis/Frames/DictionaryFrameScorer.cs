using FramingAnalysis.Text;

namespace FramingAnalysis.Frames;

/// <summary>
/// The built-in dictionary frame scorer: finds the cues of each frame in the unit (longest match first, each token once)
/// and turns their weighted count per word into a salience (see <see cref="FrameScorer"/>). Immutable and thread-safe.
/// </summary>
public sealed class DictionaryFrameScorer : FrameScorer
{
    private readonly FrameSet _set;

    /// <summary>Makes a scorer over a frame set.</summary>
    /// <param name="set">The frames and their cues.</param>
    /// <param name="gain">The Gain constant of the salience formula (default 10).</param>
    /// <param name="minWords">The smallest word count used as the denominator, so one cue in a two-word comment is not saturated (default 8).</param>
    public DictionaryFrameScorer(FrameSet set, double gain = 10, int minWords = 8)
    {
        _set = set ?? throw new ArgumentNullException(nameof(set));
        if (gain <= 0 || minWords < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(gain), "gain must be > 0 and minWords >= 1");
        }

        Gain = gain;
        MinWords = minWords;
    }

    /// <summary>The scorer over the built-in Policy Frames Codebook set.</summary>
    public static DictionaryFrameScorer Default { get; } = new(FrameSet.PolicyFrames);

    /// <inheritdoc/>
    public override FrameSet FrameSet => _set;

    /// <summary>The Gain constant of the salience formula.</summary>
    public double Gain { get; }

    /// <summary>The smallest word count used as the denominator.</summary>
    public int MinWords { get; }

    /// <inheritdoc/>
    public override FrameResult Score(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matcher = _set.MatcherFor(text.Language);
        var frames = _set.Frames.Count;
        var sums = new double[frames];
        List<FrameEvidence>[]? evidence = null;
        var words = 0;
        var n = text.TokenCount;
        var i = 0;
        while (i < n)
        {
            var kind = text.Tokens[i].Kind;
            if (kind is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag)
            {
                words++;
            }

            if (kind is not (TokenKind.Word or TokenKind.Hashtag))
            {
                i++;
                continue;
            }

            var length = matcher.Match(text, i, n, out var cue);
            if (length == 0)
            {
                i++;
                continue;
            }

            var start = text.Tokens[i].Start;
            var end = text.Tokens[i + length - 1].End;
            var matched = text.Text[start..end];
            evidence ??= new List<FrameEvidence>[frames];
            foreach (var (frame, weight) in cue!.Payload)
            {
                sums[frame] += weight;
                evidence[frame] ??= [];
                evidence[frame].Add(new FrameEvidence(start, end - start, matched, cue.Text, weight));
            }
            for (var k = 1; k < length; k++)
            {
                if (text.Tokens[i + k].Kind is TokenKind.Word or TokenKind.Number)
                {
                    words++;
                }
            }

            i += length;
        }

        if (evidence is null)
        {
            return FrameResult.Empty;
        }

        var denominator = Math.Max(words, MinWords);
        var scores = new List<FrameScore>();
        for (var f = 0; f < frames; f++)
        {
            if (sums[f] > 0)
            {
                var salience = 1 - Math.Exp(-Gain * sums[f] / denominator);
                scores.Add(new FrameScore(_set.Frames[f].Id, Math.Round(salience, 4), evidence[f]));
            }
        }

        // Highest first; ties keep the frame set's order (a stable sort).
        var ordered = scores.OrderByDescending(s => s.Score).ToList();
        return new FrameResult(ordered, ordered[0].Frame);
    }
}
