namespace FramingAnalysis.Frames;

/// <summary>A frame of a frame set: its id, display names and definition.</summary>
/// <param name="Id">The id used in every output (for the built-in set, a Policy Frames Codebook id such as <c>economic</c>).</param>
/// <param name="NameEn">English display name.</param>
/// <param name="NameEs">Spanish display name.</param>
/// <param name="DefinitionEn">A one-paragraph English definition.</param>
/// <param name="DefinitionEs">A one-paragraph Spanish definition.</param>
public sealed record FrameDefinition(string Id, string NameEn, string NameEs, string DefinitionEn, string DefinitionEs);
