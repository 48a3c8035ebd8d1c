namespace FramingAnalysis.ML;

/// <summary>What reading a data file gave: the usable examples and every problem found. Immutable.</summary>
/// <param name="Path">The file (or corpus folder) read.</param>
/// <param name="Examples">The rows that were valid, in file order.</param>
/// <param name="Problems">Every problem, each naming file, line and column; empty when the data is clean.</param>
public sealed record TrainingDataReadResult(string Path, IReadOnlyList<LabeledExample> Examples, IReadOnlyList<TrainingDataProblem> Problems)
{
    /// <summary>Whether no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>Returns <see cref="Examples"/>, or throws when any problem was found.</summary>
    /// <exception cref="TrainingDataException">At least one problem was found; the exception lists them all.</exception>
    public IReadOnlyList<LabeledExample> EnsureValid() => IsValid ? Examples : throw new TrainingDataException(Problems);
}
