using System.Globalization;

namespace FramingAnalysis;

/// <summary>
/// One part of a corpus that can be read on its own, on any machine that sees the same path: a whole corpus (a CSV/TSV
/// corpus with its comments file, a JSON array, a folder of text files or web pages), or a line-aligned byte range of
/// one JSON Lines file. Made by <see cref="CorpusPartitioner.Split"/>. Immutable.
/// </summary>
/// <param name="Path">The corpus path (whole) or the JSON Lines file (range), as the user gave it, so that problem reports name files as a full read does.</param>
/// <param name="Start">The range's first byte; 0 for a whole corpus.</param>
/// <param name="End">The byte after the range's last (a line boundary or the file's end); -1 for a whole corpus.</param>
/// <param name="FirstLine">The 1-based number of the range's first line in its file, so problems name absolute lines; 1 for a whole corpus.</param>
public sealed record CorpusPartition(string Path, long Start, long End, long FirstLine)
{
    /// <summary>Whether this is a byte range of a JSON Lines file rather than a whole corpus.</summary>
    public bool IsRange => End >= 0;

    /// <summary>A stable id: the path for a whole corpus, <c>path@start-end</c> for a range (byte offsets).</summary>
    public string Id => IsRange ? string.Create(CultureInfo.InvariantCulture, $"{Path}@{Start}-{End}") : Path;

    /// <summary>The size of the range in bytes; for a whole corpus, 0 (unknown).</summary>
    public long Length => IsRange ? End - Start : 0;

    /// <summary>A whole corpus as one partition.</summary>
    public static CorpusPartition Whole(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new CorpusPartition(path, 0, -1, 1);
    }

    /// <summary>
    /// Streams the partition's articles: for a whole corpus what <see cref="Corpus.ReadAsync"/> gives; for a range,
    /// the records of its lines as a read of the whole file gives them, with the same problems (file, absolute line,
    /// field). Duplicate article ids are found within the partition only (see <see cref="Comparison.ComparisonShardMerger"/>
    /// for ids repeated across partitions).
    /// </summary>
    public IAsyncEnumerable<Article> ReadAsync(CorpusProblems problems, CorpusReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return IsRange
            ? JsonlCorpusReader.ReadRangeAsync(Path, Start, End, FirstLine, problems, options, cancellationToken)
            : Corpus.ReadAsync(Path, problems, options, cancellationToken);
    }
}
