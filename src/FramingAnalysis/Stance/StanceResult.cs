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
/// <param name="Reason">A short reason: <c>no mention</c>, <c>mentioned</c>, <c>carried</c>.</param>
/// <param name="Evidence">The cues that fired, in text order.</param>
public sealed record StanceResult(string Target, StanceLabel Label, double Score, double Confidence, Voice Voice, string? Speaker, string Reason, IReadOnlyList<StanceEvidence> Evidence)
{
    /// <summary>Class probabilities when a trained model made the label (label → probability); null for the rule scorer.</summary>
    public IReadOnlyDictionary<string, double>? Probabilities { get; init; }
}
