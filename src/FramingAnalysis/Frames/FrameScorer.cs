using FramingAnalysis.Text;

namespace FramingAnalysis.Frames;

/// <summary>
/// Scores how salient each frame of a <see cref="FrameSet"/> is in an analyzed text. Implementations are immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// The built-in <see cref="DictionaryFrameScorer"/> computes, for each frame f of a unit with W word tokens,
/// <c>density_f = (Σ weights of the cues of f that matched) / max(W, MinWords)</c> and
/// <c>salience_f = 1 − exp(−Gain · density_f)</c>, in [0, 1): one weight-1 cue in a 50-word paragraph gives 0.18,
/// three give 0.45; one in a 10-word title gives 0.63. Cues match longest first and each token counts once.
/// </remarks>
public abstract class FrameScorer
{
    /// <summary>The frame set the scorer uses.</summary>
    public abstract FrameSet FrameSet { get; }

    /// <summary>Scores one text.</summary>
    /// <remarks>Under <see cref="Analysis.FramingAnalyzer"/>, <paramref name="text"/> is a per-thread buffer that is refilled
    /// for the next unit: read it during the call, and never keep a reference to it in the result.</remarks>
    public abstract FrameResult Score(AnalyzedText text);
}
