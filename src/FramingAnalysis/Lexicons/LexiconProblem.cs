namespace FramingAnalysis.Lexicons;

/// <summary>
/// A line of a lexicon file that could not be used, and why. Loaders report every such line instead of dropping it.
/// </summary>
/// <param name="File">The path or source name the loader was given.</param>
/// <param name="Line">The 1-based line number in the source.</param>
/// <param name="Field">The column or section at fault, for example <c>valence</c>, <c>term</c> or <c>header</c>.</param>
/// <param name="Message">What is wrong with the line, in words a user can act on.</param>
public sealed record LexiconProblem(string File, int Line, string Field, string Message)
{
    /// <summary>Formats the problem the way compilers do: <c>file:line: field: message</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
