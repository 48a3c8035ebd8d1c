namespace FramingAnalysis;

/// <summary>
/// Where a record came from: a file and the 1-based line on which the record starts. Used in problem reports so
/// that every message can name the file and the line.
/// </summary>
/// <param name="File">The path of the file as the user gave it (or a name such as <c>&lt;memory&gt;</c>).</param>
/// <param name="Line">The 1-based line on which the record starts; 0 when not tied to a line.</param>
public readonly record struct RecordLocation(string File, long Line)
{
    /// <summary>Formats the location as <c>file:line</c>, the form compilers and editors understand.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
