namespace FramingAnalysis.Stance;

/// <summary>
/// The stance of one voice in one unit toward one target. A paragraph can give two results for the same target: one for
/// the outlet's own words and one for the speech it quotes.
/// </summary>
/// <param name="Target">The target's name.</param>
/// <param name="Label">Favor, against or neutral.</param>
/// <param name="Score">The stance score in [−1, 1] (positive = favor).</param>
/// <param name="Confidence">How much evidence backs the label, in [0, 1]; 0 when the target is never mentioned.</param>
/// <param name="Voice">Whose words: outlet, quoted, embedded or audience.</param>
/// <param name="Speaker">The quoted speaker when an attribution names one, or the post's author; otherwise null.</param>
/// <param name="Reason">A short reason: <c>no mention</c>, <c>mentioned only in quotes</c>, <c>mentioned</c>, <c>carried</c>, <c>carried from article</c>.</param>
/// <param name="Evidence">The cues that fired, in text order.</param>
public sealed record StanceResult(string Target, StanceLabel Label, double Score, double Confidence, Voice Voice, string? Speaker, string Reason, IReadOnlyList<StanceEvidence> Evidence)
{
    /// <summary>Class probabilities when a trained model made the label (label → probability); null for the rule scorer.</summary>
    public IReadOnlyDictionary<string, double>? Probabilities { get; init; }

    /// <summary>
    /// Whether this voice of the unit refers to the target at all (by name, alias, anaphor, or as a comment answering an
    /// article that named it). A unit that does not mention a target has no stance toward it: such a result is not
    /// neutral, records write its label as <c>not_mentioned</c>, and comparison leaves it out of stance means.
    /// </summary>
    public bool Mentioned { get; init; } = true;

    /// <summary>The result of a target that this voice of a unit does not refer to: label neutral, score and confidence 0, no evidence, <see cref="Mentioned"/> false.</summary>
    /// <param name="target">The target's name.</param>
    /// <param name="voice">The unit's own voice.</param>
    /// <param name="speaker">The post's author for an embedded post, otherwise null.</param>
    /// <param name="reason"><c>no mention</c>, or <c>mentioned only in quotes</c> when only a quotation in the unit names it.</param>
    public static StanceResult NotMentioned(string target, Voice voice, string? speaker, string reason) =>
        new(target, StanceLabel.Neutral, 0, 0, voice, speaker, reason, []) { Mentioned = false };
}
