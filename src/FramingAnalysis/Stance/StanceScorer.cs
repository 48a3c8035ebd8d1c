using FramingAnalysis.Text;

namespace FramingAnalysis.Stance;

/// <summary>
/// Scores the stance of a unit toward targets, per voice. Implementations are immutable and thread-safe; the optional
/// <see cref="StanceContext"/> carries article state and belongs to one caller.
/// </summary>
public abstract class StanceScorer
{
    /// <summary>The targets the scorer measures.</summary>
    public abstract IReadOnlyList<StanceTarget> Targets { get; }

    /// <summary>A short name of the scorer for run manifests (the type's name unless a scorer says otherwise).</summary>
    public virtual string Name => GetType().Name;

    /// <summary>
    /// Resource name → version of every table or model the scorer reads, recorded in run manifests beside the sentiment
    /// scorer's (none unless a scorer says otherwise).
    /// </summary>
    public virtual IReadOnlyDictionary<string, string> ResourceVersions => EmptyVersions;

    private static readonly IReadOnlyDictionary<string, string> EmptyVersions = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// Scores one unit on its own. Returns at least one result per target: the unit's own voice (outlet, embedded or
    /// audience), plus a <see cref="Voice.Quoted"/> result when the unit quotes someone about the target. For a target
    /// the unit's voice does not refer to, the result is <see cref="StanceResult.NotMentioned"/>: records label it
    /// <c>not_mentioned</c> and comparison leaves it out of stance means and counts.
    /// </summary>
    public IReadOnlyList<StanceResult> Score(AnalyzedText text, TextUnit unit) => Score(text, unit, null);

    /// <summary>
    /// Scores one unit of an article read in order, using and updating <paramref name="context"/> (null: no carry
    /// between units). A scorer of your own may keep its carry in the context too: read
    /// <see cref="StanceContext.LastTarget"/> for a unit that names no target and set it after a unit that names one.
    /// </summary>
    /// <remarks>Under <see cref="Analysis.FramingAnalyzer"/>, <paramref name="text"/> is a per-thread buffer that is refilled
    /// for the next unit: read it during the call, and never keep a reference to it in the result.</remarks>
    public abstract IReadOnlyList<StanceResult> Score(AnalyzedText text, TextUnit unit, StanceContext? context);
}
