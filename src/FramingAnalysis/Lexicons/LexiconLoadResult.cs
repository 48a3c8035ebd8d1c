namespace FramingAnalysis.Lexicons;

/// <summary>
/// What a lenient load produced: the lexicon built from the good lines, and one problem for every line that was not
/// used. Every non-blank, non-comment line is either an entry, a problem or (LIWC only) counted in
/// <see cref="Skipped"/>.
/// </summary>
/// <param name="Lexicon">The lexicon built from the lines that could be read.</param>
/// <param name="Problems">The lines that could not be used, in file order. Empty for a clean file.</param>
/// <param name="Skipped">
/// Lines that were well formed but deliberately not turned into entries: LIWC words whose mapped valence sums to zero.
/// Always 0 for the other formats.
/// </param>
public sealed record LexiconLoadResult(SentimentLexicon Lexicon, IReadOnlyList<LexiconProblem> Problems, int Skipped = 0)
{
    /// <summary>Whether any line was reported as a problem.</summary>
    public bool HasProblems => Problems.Count > 0;
}
