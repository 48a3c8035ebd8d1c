namespace FramingAnalysis.Stance;

/// <summary>One cue that moved a stance score: where it is, what kind of cue it is, and by how much it moved the score.</summary>
/// <param name="Start">Offset of the cue in the unit text.</param>
/// <param name="Length">Length of the cue.</param>
/// <param name="Text">The cue as written.</param>
/// <param name="Cue">The cue type: <c>mention</c>, <c>carry</c>, <c>clause-sentiment</c>, <c>evaluative</c>, <c>endorsement</c>, <c>opposition</c>, <c>hedge</c>, <c>comment</c>, <c>concession</c>.</param>
/// <param name="Weight">The signed contribution to the raw score (positive = favor).</param>
public readonly record struct StanceEvidence(int Start, int Length, string Text, string Cue, double Weight);
