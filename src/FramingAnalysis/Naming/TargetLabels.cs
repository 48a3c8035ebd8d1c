using System.Runtime.CompilerServices;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Naming;

/// <summary>
/// The naming stage on its own, for one unit and one target: the references a stance result found, each with its noun
/// phrase and the label words attached to it (the per-unit view of the comparison's naming table). Thread-safe.
/// </summary>
internal static class TargetLabels
{
    private static readonly ConditionalWeakTable<StanceTarget, NamingWords> Words = [];

    /// <summary>
    /// Reads every mention in <paramref name="stance"/>'s evidence (names, aliases, anaphors: cues <c>mention</c> and
    /// <c>carry</c>) in <paramref name="text"/>, the unit's text stage.
    /// </summary>
    /// <param name="text">The unit's text stage (its language picks the stance pack whose function words are used).</param>
    /// <param name="target">The target the result is about (its own words are never labels).</param>
    /// <param name="stance">A stance result of the unit for <paramref name="target"/>.</param>
    /// <returns>The references in text order; empty when the result has no mention with a place in the text.</returns>
    public static IReadOnlyList<TargetReference> Read(AnalyzedText text, StanceTarget target, StanceResult stance)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(stance);
        if (!NamingWords.HasMention(stance.Evidence))
        {
            return [];
        }

        var words = Words.GetValue(target, static t => new NamingWords([t]));
        var found = new List<TargetReference>();
        words.Read(0, stance, text, found);
        return found;
    }
}
