namespace FramingAnalysis.Frames;

/// <summary>A dictionary cue: a word, a prefix pattern ending in <c>*</c>, or a multi-word expression, with a weight.</summary>
/// <param name="Frame">The frame id it signals.</param>
/// <param name="Language">The language it applies to (<c>en</c>, <c>es</c>), or <c>*</c> for all.</param>
/// <param name="Cue">The cue text.</param>
/// <param name="Weight">Its weight, in (0, 3]; 1 is typical.</param>
public readonly record struct FrameCue(string Frame, string Language, string Cue, double Weight);
