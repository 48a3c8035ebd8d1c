namespace FramingAnalysis;

/// <summary>Options for reading a corpus. Immutable.</summary>
public sealed record CorpusReadOptions
{
    /// <summary>The default options: lenient, with a 10-million-character limit per text.</summary>
    public static CorpusReadOptions Default { get; } = new();

    /// <summary>
    /// When <see langword="true"/>, the first problem throws <see cref="CorpusFormatException"/>; otherwise (the
    /// default) problems are collected in <see cref="CorpusProblems"/> and reading goes on.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The longest text field accepted, in UTF-16 characters (default 10,000,000, far above any real article). A longer
    /// record is rejected with a problem instead of being analyzed.
    /// </summary>
    public int MaxTextLength { get; init; } = 10_000_000;

    /// <summary>
    /// Which CSV/TSV column holds which article field (default: the standard names). A file that lacks a required column
    /// gets one problem naming the columns it has, instead of one per record.
    /// </summary>
    public CorpusColumns Columns { get; init; } = CorpusColumns.Default;
}
