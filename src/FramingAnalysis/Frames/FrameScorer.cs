using FramingAnalysis.Text;

namespace FramingAnalysis.Frames;

/// <summary>
/// Scores how salient each frame of a <see cref="FrameSet"/> is in an analyzed text. Implementations are immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// The built-in <see cref="DictionaryFrameScorer"/> computes, for each frame f of a unit with W word tokens (words,
/// numbers, hashtags), <c>salience_f = 1 − exp(−Gain · S_f / L(W))</c>, in [0, 1), where <c>S_f</c> is the summed weight
/// of the cues of f that matched and <c>L(W) = R · (max(W, MinWords) / R)^a</c> is the unit's length. With the defaults
/// (Gain 10, MinWords = R = 60 words, a = 0.5) that is <c>L(W) = √(60 · max(W, 60))</c>: 60 for any unit up to a
/// paragraph of 60 words, 100 for 167 words, 205 for 700. Cues match longest first and each token counts once.
/// </para>
/// <para>
/// The length grows with the square root of the word count above a paragraph rather than with the count itself,
/// because a frame that an article names several times is present in it however long the article is: dividing by the
/// word count (a density) made a 700-word article need a dozen cues for what a paragraph shows with one. The same idea
/// of normalizing a document's term counts by less than its length is pivoted length normalization in retrieval
/// (Singhal, Buckley &amp; Mitra 1996). Below a paragraph the length stays at 60, so that in a title, a tweet or a short
/// comment a single weak cue (weight 0.5 to 0.8) is not enough. A salience of 0.15, the level at which
/// <c>framing evaluate</c> counts a frame as present, takes a summed weight of 0.98 in any unit up to 60 words (one
/// ordinary cue), 1.6 in 167 words and 3.3 in a 700-word article. One weight-1 cue gives 0.15 in a unit of up to 60
/// words; three give 0.39; ten in a 700-word article give 0.39. The constants were chosen on the training and
/// development splits of public annotated sets (docs/validity.md).
/// </para>
/// </remarks>
public abstract class FrameScorer
{
    private static readonly IReadOnlyDictionary<string, string> EmptyVersions = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The frame set the scorer uses.</summary>
    public abstract FrameSet FrameSet { get; }

    /// <summary>A short name for the scorer, which the run manifest records (the type's name unless overridden).</summary>
    public virtual string Name => GetType().Name;

    /// <summary>
    /// Versions of the resources the scorer reads beyond its <see cref="FrameSet"/> (whose name and version the manifest
    /// records apart), such as a model file: name → version. Empty unless overridden.
    /// </summary>
    public virtual IReadOnlyDictionary<string, string> ResourceVersions => EmptyVersions;

    /// <summary>Scores one text.</summary>
    /// <remarks>Under <see cref="Analysis.FramingAnalyzer"/>, <paramref name="text"/> is a per-thread buffer that is refilled
    /// for the next unit: read it during the call, and never keep a reference to it in the result.</remarks>
    public abstract FrameResult Score(AnalyzedText text);
}
