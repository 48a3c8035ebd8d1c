namespace FramingAnalysis.ML;

/// <summary>One thing wrong with a training or evaluation file, located precisely enough to fix it.</summary>
/// <param name="File">The file that holds the problem.</param>
/// <param name="Line">The 1-based physical line (the header line for problems of a whole column).</param>
/// <param name="Column">The column name the problem is in.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
public sealed record TrainingDataProblem(string File, int Line, string Column, string Message)
{
    /// <summary>The problem as <c>file:line: column 'name': message</c>, the form compilers use so editors can jump to it.</summary>
    public override string ToString() => $"{File}:{Line}: column '{Column}': {Message}";
}
