namespace FramingAnalysis.Frames;

/// <summary>A frame's display name and one-paragraph definition in one language.</summary>
/// <param name="Name">The display name (<c>Economic</c>, <c>Económico</c>).</param>
/// <param name="Definition">A one-paragraph definition; empty when there is none.</param>
public sealed record FrameText(string Name, string Definition);
