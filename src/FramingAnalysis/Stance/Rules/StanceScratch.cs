namespace FramingAnalysis.Stance.Rules;

/// <summary>
/// A target found in a sentence: first token, length (0 for a whole sentence read as about it), target, whether it was
/// carried (anaphor or article), and the alias or anaphor as listed (null for a whole sentence).
/// </summary>
internal readonly record struct Mention(int Token, int Length, int Target, bool Carried, string? Entry);

/// <summary>A stance cue found in a sentence, with the cue as listed in the lexicon.</summary>
internal readonly record struct CueHit(int Token, int Length, StanceCueType Type, double Weight, string Entry);

/// <summary>A good-for/bad-for predicate or a good or bad thing found in a sentence, as listed in the effect lexicon.</summary>
internal readonly record struct EffectHit(int Token, int Length, StanceEffect Kind, double Weight, string Entry);

/// <summary>What the cue scanner found in one sentence: its ranges of the unit's mentions, cue and effect hits, its first anaphor and attribution (-1: none).</summary>
internal struct SentenceScan
{
    public int FoundStart;
    public int FoundCount;
    public int HitStart;
    public int HitCount;
    public int EffectStart;
    public int EffectCount;
    public int Anaphor;
    public int AnaphorLength;
    public string? AnaphorEntry;
    public int Attribution;
    public int AttributionLength;

    /// <summary>Whether the cues were looked for (false: the sentence names no target, and only that is known).</summary>
    public bool WithCues;
}

/// <summary>The stance of one voice toward one target while a unit is read; its evidence list is reused and copied into the result.</summary>
internal struct Accumulator
{
    public List<StanceEvidence> Evidence;
    public bool Mentioned;
    public bool Carried;
    public double Raw;
    public int Cues;
    public string? Speaker;
}

/// <summary>
/// Per-thread working memory of the rule stance scorer: the scan of the unit's sentences, the accumulators and the
/// valence cache. Reused from unit to unit, so that only the results and their evidence are allocated per unit. Holds no
/// reference to the text between calls.
/// </summary>
internal sealed class StanceScratch
{
    /// <summary>Buffers bigger than this are not kept for the next unit (one huge unit must not pin memory).</summary>
    private const int MaxKept = 4096;

    [ThreadStatic]
    private static StanceScratch? t_cached;

    /// <summary>The outlet's (or post's, or comment's) own voice, per target.</summary>
    public Accumulator[] Own { get; private set; } = [];

    /// <summary>The quoted voice, per target.</summary>
    public Accumulator[] Quoted { get; private set; } = [];

    /// <summary>Whether each target was named in the unit, in any voice.</summary>
    public bool[] Mentioned { get; private set; } = [];

    /// <summary>What the scanner found, per sentence.</summary>
    public SentenceScan[] Scans { get; private set; } = [];

    /// <summary>Word valence per token, NaN until looked up (see <see cref="TargetEvaluation"/>).</summary>
    public double[] Valence { get; private set; } = [];

    /// <summary>Per token: 0, or what covers it (a cue or an effect entry), so that its lexicon valence is not counted again.</summary>
    public byte[] Covered { get; private set; } = [];

    /// <summary>Per token: the sentiment lexicon entry that gave its valence (evidence shares the lexicon's string), or null.</summary>
    public string?[] Entries { get; private set; } = [];

    /// <summary>Per token of the sentence being evaluated: its clause index (see <see cref="TargetEvaluation"/>).</summary>
    public int[] Clause { get; private set; } = [];

    /// <summary>The mentions of one target in the sentence being evaluated.</summary>
    public Mention[] TargetMentions { get; } = new Mention[TargetEvaluation.MentionBuffer];

    /// <summary>The sentiment scorer's sentences of the unit, made when a sentence about a target first needs them (null until then).</summary>
    public IReadOnlyList<Sentiment.SentenceSentiment>? Sentences { get; set; }

    /// <summary>The sentiment scorer of the unit's language pack (set per unit by the stance scorer).</summary>
    public Sentiment.RuleSentimentScorer? SentimentScorer { get; set; }

    /// <summary>The target mentions of the unit, sentence after sentence.</summary>
    public List<Mention> Found { get; } = new(16);

    /// <summary>The cue hits of the unit, sentence after sentence.</summary>
    public List<CueHit> Hits { get; private set; } = new(64);

    /// <summary>The effect hits of the unit, sentence after sentence.</summary>
    public List<EffectHit> Effects { get; private set; } = new(16);

    /// <summary>This thread's scratch (a new one if it is in use), reset for a unit of that many targets, tokens and sentences.</summary>
    public static StanceScratch Rent(int targets, int tokens, int sentences)
    {
        var s = t_cached ?? new StanceScratch();
        t_cached = null;
        if (s.Own.Length < targets)
        {
            s.Own = NewAccumulators(targets);
            s.Quoted = NewAccumulators(targets);
            s.Mentioned = new bool[targets];
        }

        for (var t = 0; t < targets; t++)
        {
            Reset(ref s.Own[t]);
            Reset(ref s.Quoted[t]);
        }

        Array.Clear(s.Mentioned, 0, targets);
        if (s.Scans.Length < sentences)
        {
            s.Scans = new SentenceScan[Math.Max(sentences, s.Scans.Length * 2)];
        }

        if (s.Valence.Length < tokens)
        {
            s.Valence = new double[Math.Max(tokens, s.Valence.Length * 2)];
            s.Covered = new byte[s.Valence.Length];
            s.Clause = new int[s.Valence.Length];
            s.Entries = new string?[s.Valence.Length];
        }

        s.Valence.AsSpan(0, tokens).Fill(double.NaN);
        s.Covered.AsSpan(0, tokens).Clear();
        s.Sentences = null;
        s.Found.Clear();
        s.Hits.Clear();
        s.Effects.Clear();
        return s;
    }

    /// <summary>Gives the scratch back to this thread, dropping buffers that a huge unit made too big.</summary>
    public static void Return(StanceScratch s)
    {
        if (s.Valence.Length > MaxKept || s.Scans.Length > MaxKept || s.Hits.Capacity > MaxKept || s.Effects.Capacity > MaxKept)
        {
            s.Valence = [];
            s.Covered = [];
            s.Clause = [];
            s.Entries = [];
            s.Scans = [];
            s.Hits = new(64);
            s.Effects = new(16);
        }

        s.Sentences = null;
        s.SentimentScorer = null;
        t_cached = s;
    }

    private static Accumulator[] NewAccumulators(int targets)
    {
        var accumulators = new Accumulator[targets];
        for (var t = 0; t < targets; t++)
        {
            accumulators[t].Evidence = new List<StanceEvidence>(16);
        }

        return accumulators;
    }

    private static void Reset(ref Accumulator acc)
    {
        if (acc.Evidence.Capacity > MaxKept)
        {
            acc.Evidence = new List<StanceEvidence>(16);
        }

        acc.Evidence.Clear();
        acc.Mentioned = false;
        acc.Carried = false;
        acc.Raw = 0;
        acc.Cues = 0;
        acc.Speaker = null;
    }
}
