using FramingAnalysis.Text;

namespace FramingAnalysis.Comparison;

/// <summary>
/// What every accumulator of one comparison shares: the frame ids and target names (which fix the length of the compact
/// per-article arrays), the text pipeline used to count terms, and the options. Accumulators merge only when they share
/// a layout.
/// </summary>
internal sealed partial class ComparisonLayout
{
    /// <summary>Creates a layout.</summary>
    /// <param name="frames">Frame ids in report order (e.g. from <c>FrameSet.Frames</c>).</param>
    /// <param name="targets">Stance target names in report order.</param>
    /// <param name="options">The options; null for <see cref="ComparisonOptions.Default"/>.</param>
    /// <param name="text">The text pipeline for distinctive-language counts; null for <see cref="TextPipeline.Default"/>.</param>
    /// <param name="definitions">Display names and definitions of the frames, for reports; null or missing ids fall back to the id.</param>
    /// <param name="stanceTargets">
    /// The stance targets behind <paramref name="targets"/> (same names, same order), whose names and aliases the naming
    /// table needs to tell a target's own words from the labels attached to it; null for no naming table.
    /// </param>
    public ComparisonLayout(IReadOnlyList<string> frames, IReadOnlyList<string> targets, ComparisonOptions? options = null, TextPipeline? text = null,
        IReadOnlyList<Frames.FrameDefinition>? definitions = null, IReadOnlyList<Stance.StanceTarget>? stanceTargets = null)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(targets);
        Options = options ?? ComparisonOptions.Default;
        Options.Validate();
        Frames = [.. frames];
        Targets = [.. targets];
        Text = text ?? TextPipeline.Default;
        FrameDefinitions = [.. Frames.Select(id => definitions?.FirstOrDefault(d => d.Id == id) ?? new Frames.FrameDefinition(id))];
        if (stanceTargets is { Count: > 0 })
        {
            if (!stanceTargets.Select(t => t.Name).SequenceEqual(Targets, StringComparer.Ordinal))
            {
                throw new ArgumentException("The stance targets must have the names of the targets, in the same order.", nameof(stanceTargets));
            }

            Naming = new Naming.NamingWords(stanceTargets);
        }
    }

    /// <summary>Display names and definitions of <see cref="Frames"/>, in the same order (the id stands in for a missing name).</summary>
    public IReadOnlyList<Frames.FrameDefinition> FrameDefinitions { get; }

    /// <summary>Frame ids in report order.</summary>
    public IReadOnlyList<string> Frames { get; }

    /// <summary>Stance target names in report order.</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>The options.</summary>
    public ComparisonOptions Options { get; }

    /// <summary>The text pipeline used to count terms.</summary>
    public TextPipeline Text { get; }

    /// <summary>
    /// What the naming table reads about the targets (their own words, which are never labels); null when the comparison
    /// counts no naming (no targets, or a layout made without the stance targets).
    /// </summary>
    internal Naming.NamingWords? Naming { get; }

    internal static int VoiceCount => VoiceSet.Count;

    internal int FrameCount => Frames.Count;

    internal int TargetCount => Targets.Count;

    // Layout of ArticleSummary.Data: outlet frames, audience frames, stance (sum, count) per target × voice,
    // sentiment (sum, count) per voice, then outlet frame weight and audience frame unit count.
    internal int AudienceFramesOffset => FrameCount;

    internal int StanceOffset => 2 * FrameCount;

    internal int SentimentOffset => StanceOffset + (TargetCount * VoiceCount * 2);

    internal int OutletWeightIndex => SentimentOffset + (VoiceCount * 2);

    internal int AudienceCountIndex => OutletWeightIndex + 1;

    internal int DataLength => AudienceCountIndex + 1;

    internal int StanceIndex(int target, int voice) => StanceOffset + (((target * VoiceCount) + voice) * 2);

    internal int SentimentIndex(int voice) => SentimentOffset + (voice * 2);

    internal bool SameAs(ComparisonLayout other) =>
        ReferenceEquals(this, other) ||
        (Frames.SequenceEqual(other.Frames, StringComparer.Ordinal) && Targets.SequenceEqual(other.Targets, StringComparer.Ordinal) && Options == other.Options);
}
