namespace FramingAnalysis;

/// <summary>
/// Splits a corpus into <see cref="CorpusPartition"/>s for a distributed run: each JSON Lines file (a <c>.jsonl</c>
/// file, or every <c>.jsonl</c> file of a folder, in the order <see cref="Corpus.ReadAsync"/> reads them) into
/// line-aligned byte ranges of about a target size; any other corpus stays one whole partition. CSV and TSV are not
/// split: a quoted field may hold line breaks, so a byte offset cannot be known to start a record without reading
/// from the file's start, and comments live in a second file joined by article id.
/// </summary>
/// <remarks>
/// Cost: one sequential pass over each JSON Lines file, counting line breaks (so each range knows its absolute first
/// line number) at disk speed; nothing is parsed. The same file and target size always give the same partitions.
/// Thread-safe (no state).
/// </remarks>
public static class CorpusPartitioner
{
    /// <summary>Splits the corpus at <paramref name="path"/> into partitions in corpus order.</summary>
    /// <param name="path">A corpus file or folder (see <see cref="Corpus.DetectFormat"/>).</param>
    /// <param name="targetBytes">The size a JSON Lines range aims at (at least 1 byte); a range ends at the first line break at or after it.</param>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    /// <exception cref="NotSupportedException">The format is not recognised.</exception>
    public static IReadOnlyList<CorpusPartition> Split(string path, long targetBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(targetBytes, 1);
        if (Corpus.DetectFormat(path) != CorpusFormat.JsonLines)
        {
            return [CorpusPartition.Whole(path)];
        }

        IEnumerable<string> files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.jsonl").Order(StringComparer.Ordinal)
            : [path];
        var partitions = new List<CorpusPartition>();
        foreach (var file in files)
        {
            SplitFile(file, targetBytes, partitions);
        }

        return partitions;
    }

    private static void SplitFile(string file, long targetBytes, List<CorpusPartition> into)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long position = 0, start = 0, startLine = 1, line = 1;
        var target = targetBytes;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            var offset = 0;
            while (offset < span.Length)
            {
                // Before the target: count the line breaks up to it; at or past it, the next line break ends the range.
                var until = (int)Math.Clamp(target - 1 - (position + offset), 0, span.Length - offset);
                line += span.Slice(offset, until).Count((byte)'\n');
                offset += until;
                if (offset == span.Length)
                {
                    break;
                }

                var nl = span[offset..].IndexOf((byte)'\n');
                if (nl < 0)
                {
                    offset = span.Length;
                    break;
                }

                offset += nl + 1;
                line++;
                var end = position + offset;
                into.Add(new CorpusPartition(file, start, end, startLine));
                (start, startLine) = (end, line);
                target = end + targetBytes;
            }

            position += read;
        }

        if (start < position || into.Count == 0 || into[^1].Path != file)
        {
            into.Add(new CorpusPartition(file, start, position, startLine));
        }
    }
}
