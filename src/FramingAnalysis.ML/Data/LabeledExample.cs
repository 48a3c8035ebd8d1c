namespace FramingAnalysis.ML;

/// <summary>One annotated unit to learn from or to evaluate on. Immutable.</summary>
/// <param name="Text">The unit's text; never empty.</param>
/// <param name="Language">ISO 639-1 code (<c>en</c>, <c>es</c>); chooses the stemmer and negation words. Other codes get no stemming.</param>
/// <param name="Target">The stance target's name (for example <c>Tax reform</c>), or <see langword="null"/> when the data has none.</param>
/// <param name="Labels">
/// The gold labels: exactly one for stance and sentiment; one or more frame ids for frames (primary frame first).
/// </param>
/// <param name="Id">The row's id when the data has an id column; used in error messages and reports only.</param>
/// <param name="Line">The 1-based line of the row in its file, or 0 when it did not come from a file.</param>
public sealed record LabeledExample(string Text, string Language, string? Target, IReadOnlyList<string> Labels, string? Id = null, int Line = 0)
{
    /// <summary>The first (for frames: primary) label.</summary>
    public string Label => Labels[0];
}
