using FramingAnalysis.Analysis;
using Parquet;

namespace FramingAnalysis.DataFrames;

/// <summary>
/// Streams unit records to a Parquet file, one row group per <see cref="RowGroupSize"/> units, so a corpus of any size is
/// written in bounded memory (the writer behind <c>framing analyze --format parquet</c>). The columns are fixed when it is
/// created, from the frame ids and target names. Not thread-safe: one writer per file.
/// </summary>
public sealed class ParquetUnitWriter : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly IReadOnlyList<string> _frames;
    private readonly IReadOnlyList<string> _targets;
    private readonly List<UnitAnalysis> _pending = [];
    private ParquetWriter? _writer;

    /// <summary>Makes a writer.</summary>
    /// <param name="stream">A writable, seekable stream.</param>
    /// <param name="frames">Frame ids for the frame columns (e.g. the analyzer's frame set).</param>
    /// <param name="targets">Target names for the stance columns (may be empty).</param>
    /// <param name="ownsStream">Whether disposing the writer disposes the stream.</param>
    public ParquetUnitWriter(Stream stream, IReadOnlyList<string> frames, IReadOnlyList<string> targets, bool ownsStream = false)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _frames = frames ?? throw new ArgumentNullException(nameof(frames));
        _targets = targets ?? throw new ArgumentNullException(nameof(targets));
        _ownsStream = ownsStream;
    }

    /// <summary>Units per row group (default 10,000: a few megabytes of text).</summary>
    public int RowGroupSize { get; init; } = 10_000;

    /// <summary>Units written so far (scored units only; boilerplate is skipped).</summary>
    public long Count { get; private set; }

    /// <summary>Adds the scored units of an article.</summary>
    /// <param name="article">The analyzed article.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when any full row group is written.</returns>
    public async Task WriteAsync(ArticleAnalysis article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var u in article.Units)
        {
            if (u.Sentiment is not null)
            {
                _pending.Add(u);
                Count++;
            }
        }

        if (_pending.Count >= RowGroupSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the pending units as a row group.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the row group is written.</returns>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var frame = _pending.ToDataFrame(_frames, _targets);
        _writer ??= await ParquetWriter.CreateAsync(ParquetExport.SchemaOf(frame), _stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (_pending.Count > 0)
        {
            await ParquetExport.WriteRowGroupAsync(_writer, frame, cancellationToken).ConfigureAwait(false);
            _pending.Clear();
        }
    }

    /// <summary>Writes what is pending and the file footer (an empty corpus gives a valid file with no rows).</summary>
    /// <returns>A task that completes when the file is complete.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_pending.Count > 0 || _writer is null)
        {
            await FlushAsync().ConfigureAwait(false);
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        if (_ownsStream)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
