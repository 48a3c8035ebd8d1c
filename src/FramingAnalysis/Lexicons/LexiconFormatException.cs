namespace FramingAnalysis.Lexicons;

/// <summary>
/// Thrown by a strict load (<see cref="LexiconLoadOptions.Strict"/>) at the first line that cannot be used.
/// The message names the file, line and field (<c>file:line: field: message</c>).
/// </summary>
public sealed class LexiconFormatException : FormatException
{
    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="problem">The first problem the loader met.</param>
    public LexiconFormatException(LexiconProblem problem)
        : base((problem ?? throw new ArgumentNullException(nameof(problem))).ToString())
    {
        Problem = problem;
    }

    /// <summary>The problem that stopped the load, with its file, line and field.</summary>
    public LexiconProblem Problem { get; }
}
