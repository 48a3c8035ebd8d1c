namespace FramingAnalysis.Frames;

/// <summary>One dictionary cue found in a unit.</summary>
/// <param name="Start">Offset of the cue in the unit text.</param>
/// <param name="Length">Length of the matched text.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Cue">The dictionary entry it matched (<c>due process</c>, <c>invest*</c>).</param>
/// <param name="Weight">The entry's weight.</param>
public readonly record struct FrameEvidence(int Start, int Length, string Text, string Cue, double Weight);
