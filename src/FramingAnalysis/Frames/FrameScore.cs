namespace FramingAnalysis.Frames;

/// <summary>The salience of one frame in one unit, with the cues behind it.</summary>
/// <param name="Frame">The frame id (for the built-in set, one of the 15 Policy Frames Codebook ids).</param>
/// <param name="Score">Salience in [0, 1]: see <see cref="FrameScorer"/> for the formula.</param>
/// <param name="Evidence">The cues that matched, in text order.</param>
public sealed record FrameScore(string Frame, double Score, IReadOnlyList<FrameEvidence> Evidence);
