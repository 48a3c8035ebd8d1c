namespace FramingAnalysis;

/// <summary>How bad a corpus problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The record was kept (for example with an unparsable date left empty).</summary>
    Warning,

    /// <summary>The record was rejected and counted in the rejected totals.</summary>
    Error,
}

/// <summary>
/// One problem found while reading a corpus: where it is (file, line, field), what is wrong, and whether the record was
/// kept. <see cref="ToString"/> gives the <c>file:line: field: message</c> form the CLI prints.
/// </summary>
/// <param name="File">The file the record came from.</param>
/// <param name="Line">The 1-based line where the record starts (0 when the problem is not tied to a line).</param>
/// <param name="Field">The column or JSON field at fault, or <c>record</c> when the record as a whole is at fault.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
/// <param name="Severity">Whether the record was rejected.</param>
/// <param name="RecordId">The article or comment id, when it could be read.</param>
public sealed record CorpusProblem(string File, long Line, string Field, string Message, ProblemSeverity Severity, string? RecordId = null)
{
    /// <summary>Formats the problem as <c>file:line: field: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        var level = Severity == ProblemSeverity.Error ? "error" : "warning";
        return $"{where}: {level}: {Field}: {Message}";
    }
}
