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
        var scratch = FrameScratch.Rent(frames);
        var sums = scratch.Sums;
        var hits = scratch.Hits;
        var tokens = text.TokenSpan;
        var matchedAny = false;
        var words = 0;
        var n = tokens.Length;
        var i = 0;
        while (i < n)
        {
            var kind = tokens[i].Kind;
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

            var start = tokens[i].Start;
            var end = tokens[i + length - 1].End;
            var matched = cue!.TextOf(text.Text, start, end);
            matchedAny = true;
            foreach (var (frame, weight) in cue.Payload)
            {
                sums[frame] += weight;
                hits.Add(new FrameHit(frame, new FrameEvidence(start, end - start, matched, cue.Text, weight)));
            }

            for (var k = 1; k < length; k++)
            {
                if (tokens[i + k].Kind is TokenKind.Word or TokenKind.Number)
                {
                    words++;
                }
            }

            i += length;
        }

        var result = matchedAny ? Finish(scratch, frames, words) : FrameResult.Empty;
        FrameScratch.Return(scratch);
        return result;
    }

    /// <summary>Turns the sums and hits of a unit into its scores, highest first, each with its evidence in text order.</summary>
    private FrameResult Finish(FrameScratch scratch, int frames, int words)
    {
        var sums = scratch.Sums;
        var counts = scratch.Counts;
        var hits = scratch.Hits;
        foreach (var hit in hits)
        {
            counts[hit.Frame]++;
        }

        var scored = 0;
        for (var f = 0; f < frames; f++)
        {
            if (sums[f] > 0)
            {
                scored++;
                scratch.Evidence[f] = new FrameEvidence[counts[f]];
                counts[f] = 0;
            }
        }

        foreach (var hit in hits)
        {
            if (sums[hit.Frame] > 0)
            {
                scratch.Evidence[hit.Frame]![counts[hit.Frame]++] = hit.Evidence;
            }
        }

        var denominator = Math.Max(words, MinWords);
        var scores = new FrameScore[scored];
        var count = 0;
        for (var f = 0; f < frames; f++)
        {
            if (sums[f] > 0)
            {
                var salience = Math.Round(1 - Math.Exp(-Gain * sums[f] / denominator), 4);
                var evidence = scratch.Evidence[f]!;
                scratch.Evidence[f] = null;

                // Highest first; ties keep the frame set's order (a stable insertion sort: at most a few dozen frames).
                var at = count++;
                while (at > 0 && scores[at - 1].Score < salience)
                {
                    scores[at] = scores[at - 1];
                    at--;
                }

                scores[at] = new FrameScore(_set.Frames[f].Id, salience, evidence);
            }
        }

        return new FrameResult(scores, scores[0].Frame);
    }

    /// <summary>One cue hit of one frame, in text order.</summary>
    private readonly record struct FrameHit(int Frame, FrameEvidence Evidence);

    /// <summary>
    /// Per-thread working memory of <see cref="Score"/>: sums and hit counts per frame, the hits of the unit, and the
    /// evidence arrays being filled. Only the result's own arrays are allocated per unit.
    /// </summary>
    private sealed class FrameScratch
    {
        /// <summary>Hit lists longer than this are not kept for the next unit (one huge unit must not pin memory).</summary>
        private const int MaxKeptHits = 4096;

        [ThreadStatic]
        private static FrameScratch? t_cached;

        private FrameScratch(int frames)
        {
            Sums = new double[frames];
            Counts = new int[frames];
            Evidence = new FrameEvidence[frames][];
        }

        /// <summary>The summed weight per frame.</summary>
        public double[] Sums { get; }

        /// <summary>The number of hits per frame, then the fill position of its evidence array.</summary>
        public int[] Counts { get; }

        /// <summary>The evidence array being filled per frame (null outside <see cref="Finish"/>).</summary>
        public FrameEvidence[]?[] Evidence { get; }

        /// <summary>Every hit of the unit, in text order.</summary>
        public List<FrameHit> Hits { get; private set; } = new(64);

        /// <summary>This thread's scratch, cleared for <paramref name="frames"/> frames (a new one when it is in use or too small).</summary>
        public static FrameScratch Rent(int frames)
        {
            var scratch = t_cached;
            t_cached = null;
            if (scratch is null || scratch.Sums.Length < frames)
            {
                return new FrameScratch(frames);
            }

            Array.Clear(scratch.Sums, 0, frames);
            Array.Clear(scratch.Counts, 0, frames);
            scratch.Hits.Clear();
            return scratch;
        }

        /// <summary>Gives the scratch back to this thread.</summary>
        public static void Return(FrameScratch scratch)
        {
            if (scratch.Hits.Capacity > MaxKeptHits)
            {
                scratch.Hits = new(64);
            }

            t_cached = scratch;
        }
    }
}
