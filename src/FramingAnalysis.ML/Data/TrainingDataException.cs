namespace FramingAnalysis.ML;

/// <summary>
/// Thrown before any training starts when the data cannot be learned from: a missing column, an empty text, an unknown
/// label or a single class. <see cref="Problems"/> lists every problem found, each with file, line and column.
/// </summary>
public sealed class TrainingDataException : Exception
{
    /// <summary>Creates the exception from the problems found; the message lists the first ten.</summary>
    public TrainingDataException(IReadOnlyList<TrainingDataProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message only (no located problems).</summary>
    public TrainingDataException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public TrainingDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with no message; prefer the constructor that takes problems.</summary>
    public TrainingDataException()
        : this("The training data is not usable.")
    {
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<TrainingDataProblem> Problems { get; }

    private static string Describe(IReadOnlyList<TrainingDataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var lines = problems.Take(10).Select(p => p.ToString());
        var more = problems.Count > 10 ? $"{Environment.NewLine}… and {problems.Count - 10} more" : string.Empty;
        return $"{problems.Count} problem(s) in the data; nothing was trained:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
