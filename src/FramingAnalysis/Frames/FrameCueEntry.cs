namespace FramingAnalysis.Frames;

/// <summary>One cue of a <see cref="FrameCueMatcher"/>: its text as written, its parsed words, and the frames it counts for with their weights.</summary>
/// <param name="Text">The cue as written in the dictionary (<c>due process</c>, <c>invest*</c>, <c>inversión~</c>).</param>
/// <param name="Words">Its words, in order.</param>
/// <param name="Payload">The frames (indexes into the frame set) and weights it counts for.</param>
internal sealed record FrameCueEntry(string Text, FrameCueWord[] Words, (int Frame, double Weight)[] Payload)
{
    /// <summary>
    /// The text at <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/>, for evidence: the cue's
    /// own <see cref="Text"/> when the characters are the same (no new string), otherwise a new string.
    /// </summary>
    internal string TextOf(string text, int start, int end) =>
        text.AsSpan(start, end - start).SequenceEqual(Text) ? Text : text[start..end];
}
