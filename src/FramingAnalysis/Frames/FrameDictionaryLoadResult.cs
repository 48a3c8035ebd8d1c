using FramingAnalysis.Lexicons;

namespace FramingAnalysis.Frames;

/// <summary>
/// What a lenient frame-dictionary load produced: the frame set built from the lines that could be read, and one problem
/// for every line that was not used (<c>file:line: field: message</c>, as the lexicon and corpus readers report them).
/// </summary>
/// <param name="FrameSet">The frames and cues read. Frames appear in the order the file first names them.</param>
/// <param name="Problems">The lines that could not be used, in file order. Empty for a clean file.</param>
public sealed record FrameDictionaryLoadResult(FrameSet FrameSet, IReadOnlyList<LexiconProblem> Problems)
{
    /// <summary>Whether any line was reported as a problem.</summary>
    public bool HasProblems => Problems.Count > 0;
}
