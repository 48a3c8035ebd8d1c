using FramingAnalysis.Text;

namespace FramingAnalysis.Frames;

/// <summary>
/// The built-in dictionary frame scorer: finds the cues of each frame in the unit, each matching as it says
/// (<see cref="FrameCueSyntax"/>: exact words, stems, prefixes, phrases; never a name for a lower-case word; hashtags by
/// their words), longest match first and each token once within a sentence, and turns their summed weight over the
/// unit's length into a salience (see <see cref="FrameScorer"/>). Immutable and thread-safe.
/// </summary>
public sealed class DictionaryFrameScorer : FrameScorer
{
    private readonly FrameSet _set;

    /// <summary>Makes a scorer over a frame set.</summary>
    /// <param name="set">The frames and their cues.</param>
    /// <param name="gain">The Gain constant of the salience formula (default 10).</param>
    /// <param name="minWords">The smallest word count used in the length: a shorter unit (a title, a tweet, a short
    /// comment) needs as much cue weight as a paragraph of this many words, so that one weak cue does not make a frame
    /// salient in it (default 60).</param>
    /// <param name="lengthExponent">How the length grows with the word count, in (0, 1]: 1 divides by the word count
    /// (a density), smaller values by less, so that a long article needs fewer cues per word than a paragraph (default 0.5).</param>
    /// <param name="referenceWords">The word count at which the length equals the word count, whatever the exponent (default 60).</param>
    public DictionaryFrameScorer(FrameSet set, double gain = DefaultGain, int minWords = DefaultMinWords, double lengthExponent = DefaultLengthExponent, double referenceWords = DefaultReferenceWords)
    {
        _set = set ?? throw new ArgumentNullException(nameof(set));
        if (!(gain > 0) || double.IsInfinity(gain) || minWords < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(gain), "gain must be > 0 and minWords >= 1");
        }

        if (!(lengthExponent > 0 && lengthExponent <= 1) || !(referenceWords >= 1) || double.IsInfinity(referenceWords))
        {
            throw new ArgumentOutOfRangeException(nameof(lengthExponent), "lengthExponent must be in (0, 1] and referenceWords a finite number >= 1");
        }

        Gain = gain;
        MinWords = minWords;
        LengthExponent = lengthExponent;
        ReferenceWords = referenceWords;
    }

    /// <summary>The default <see cref="Gain"/>: 10.</summary>
    public const double DefaultGain = 10;

    /// <summary>The default <see cref="MinWords"/>: 60 (a paragraph).</summary>
    public const int DefaultMinWords = 60;

    /// <summary>The default <see cref="LengthExponent"/>: 0.5 (the square root).</summary>
    public const double DefaultLengthExponent = 0.5;

    /// <summary>The default <see cref="ReferenceWords"/>: 60 (a paragraph).</summary>
    public const double DefaultReferenceWords = 60;

    /// <summary>
    /// The scorer over the built-in Policy Frames Codebook set (<see cref="FrameSet.PolicyFrames"/>): the same instance
    /// until a language pack is registered, then one over the set with the new pack's cues.
    /// </summary>
    public static DictionaryFrameScorer Default => Registered.Value;

    private static readonly Languages.PerRegistration<DictionaryFrameScorer> Registered = new(_ => new DictionaryFrameScorer(FrameSet.PolicyFrames));

    /// <inheritdoc/>
    public override FrameSet FrameSet => _set;

    /// <inheritdoc/>
    public override string Name => "dictionary";

    /// <summary>The Gain constant of the salience formula.</summary>
    public double Gain { get; }

    /// <summary>The smallest word count used in the length.</summary>
    public int MinWords { get; }

    /// <summary>The exponent of the word count in the length (see <see cref="FrameScorer"/>).</summary>
    public double LengthExponent { get; }

    /// <summary>The word count at which the length equals the word count.</summary>
    public double ReferenceWords { get; }

    /// <summary>
    /// The length that a unit of <paramref name="words"/> word tokens divides its summed cue weights by:
    /// <c>ReferenceWords · (max(words, MinWords) / ReferenceWords)^LengthExponent</c>.
    /// </summary>
    /// <param name="words">The unit's word tokens (words, numbers, hashtags).</param>
    public double LengthOf(int words)
    {
        var w = (double)Math.Max(words, MinWords);
        return LengthExponent == 1 ? w : ReferenceWords * Math.Pow(w / ReferenceWords, LengthExponent);
    }

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
        var sentences = text.SentenceSpans;
        var matchedAny = false;
        var words = 0;
        var n = tokens.Length;
        var i = 0;

        // Cues match inside a sentence. Whether a capitalized word is a name (which a lower-case cue never matches)
        // depends on its place: not the sentence's first word or a clause's after a colon, quotation mark or dash,
        // and not in a sentence written in title case.
        var nextSentence = 0;
        var sentenceEnd = 0;
        var titleCase = false;
        var initial = true;
        while (i < n)
        {
            if (i >= sentenceEnd)
            {
                while (nextSentence < sentences.Length && sentences[nextSentence].FirstToken + sentences[nextSentence].TokenCount <= i)
                {
                    nextSentence++;
                }

                if (nextSentence < sentences.Length && sentences[nextSentence].FirstToken <= i)
                {
                    sentenceEnd = sentences[nextSentence].FirstToken + sentences[nextSentence].TokenCount;
                    nextSentence++;
                }
                else
                {
                    sentenceEnd = nextSentence < sentences.Length ? sentences[nextSentence].FirstToken : n;
                }

                titleCase = SentenceCasing.IsTitleCase(text, i, sentenceEnd);
                initial = true;
            }

            ref readonly var token = ref tokens[i];
            var kind = token.Kind;
            if (kind is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag)
            {
                words++;
            }

            // Symbols are read only for cues made of one (a currency sign: "$", "€").
            if (kind is not (TokenKind.Word or TokenKind.Hashtag or TokenKind.Symbol))
            {
                if (kind == TokenKind.Number)
                {
                    initial = false;
                }
                else if (SentenceCasing.OpensClause(text, i))
                {
                    initial = true;
                }

                i++;
                continue;
            }

            if (kind == TokenKind.Hashtag)
            {
                var hashtagHits = scratch.HashtagHits;
                hashtagHits.Clear();
                if (matcher.MatchHashtag(text, i, hashtagHits) > 0)
                {
                    matchedAny = true;
                    foreach (var (hashtagCue, at, span) in hashtagHits)
                    {
                        var written = hashtagCue.TextOf(text.Text, at, at + span);
                        foreach (var (frame, weight) in hashtagCue.Payload)
                        {
                            sums[frame] += weight;
                            hits.Add(new FrameHit(frame, new FrameEvidence(at, span, written, hashtagCue.Text, weight)));
                        }
                    }
                }

                i++;
                continue;
            }

            var firstIsName = !initial && SentenceCasing.IsNameLike(token, titleCase);
            var length = matcher.Match(text, i, kind == TokenKind.Symbol ? i + 1 : sentenceEnd, firstIsName, out var cue);
            if (kind == TokenKind.Word)
            {
                initial = false;
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            var start = token.Start;
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
                if (tokens[i + k].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag)
                {
                    words++;
                }
            }

            initial = false;
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

        var denominator = LengthOf(words);
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

        /// <summary>The cues of the hashtag being read.</summary>
        public List<(FrameCueEntry Cue, int Start, int Length)> HashtagHits { get; } = new(4);

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
