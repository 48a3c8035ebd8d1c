namespace FramingAnalysis;

/// <summary>Options for reading a corpus. Immutable.</summary>
/// <remarks>
/// The size limits protect a run from hostile or broken input: a record or file over a limit is one reported problem
/// (with its file and line), never read into memory whole, and the rest of the corpus is read as usual.
/// </remarks>
public sealed record CorpusReadOptions
{
    /// <summary>The default options: lenient, with the default size limits below.</summary>
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
    /// The largest record read, in bytes of input (default 64 MiB, room for a text of <see cref="MaxTextLength"/> characters): a JSON Lines line or a CSV record (a CSV record
    /// over the limit is most often a quoted field that is never closed). Reading stops buffering at this size, reports
    /// the record and goes on with the next line, so memory stays bounded whatever the input.
    /// </summary>
    public long MaxRecordBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The largest file read whole, in bytes (default 256 MiB): a text-folder file or a JSON array file. A larger file (or
    /// a link to an endless device such as <c>/dev/zero</c>) is reported and skipped.
    /// </summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// Which CSV/TSV column holds which article field (default: the standard names). A file that lacks a required column
    /// gets one problem naming the columns it has, instead of one per record.
    /// </summary>
    public CorpusColumns Columns { get; init; } = CorpusColumns.Default;
}
