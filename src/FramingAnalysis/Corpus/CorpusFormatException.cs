namespace FramingAnalysis;

/// <summary>
/// Thrown in strict mode (<see cref="CorpusReadOptions.Strict"/>) on the first problem; the message names the file,
/// the line and the field.
/// </summary>
public sealed class CorpusFormatException : Exception
{
    /// <summary>Creates the exception for a problem.</summary>
    public CorpusFormatException(CorpusProblem problem)
        : base((problem ?? throw new ArgumentNullException(nameof(problem))).ToString())
    {
        Problem = problem;
    }

    /// <summary>The problem that stopped the read.</summary>
    public CorpusProblem Problem { get; }
}
