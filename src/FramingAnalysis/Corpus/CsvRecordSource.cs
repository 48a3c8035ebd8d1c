using System.Runtime.CompilerServices;
using System.Text.Unicode;
using CsvHelper;

namespace FramingAnalysis;

/// <summary>One CSV record as strings, with its location; <see cref="Problem"/> is set when the record is unusable.</summary>
internal sealed record CsvRow(RecordLocation Location, string[] Fields, string? Problem, string? ProblemField);

/// <summary>
/// Streams the records of a CSV file through CsvHelper, turning malformed quoting, invalid UTF-8 and oversized records
/// into per-record problems instead of exceptions.
/// </summary>
/// <remarks>
/// A quote that opens a field and is never closed, or is closed only on a later line by some other record's quote,
/// swallows every line up to there into one malformed record. Rejecting that record alone would lose the records inside
/// it without a word, so the source rejects the record where the quote opened and starts reading again on the line after
/// it: every later line is read as a record of its own, and <c>read + rejected = present</c> holds. A record over
/// <see cref="CorpusReadOptions.MaxRecordBytes"/> (CsvHelper's <c>MaxRecordSize</c>) is handled the same way, so an
/// unclosed quote at the top of a large file buffers at most that many bytes. A restart reads on from the restart line
/// with the header line in front; it never loads the file into memory.
/// </remarks>
internal static class CsvRecordSource
{
    public static async IAsyncEnumerable<CsvRow> ReadAsync(
        string path,
        Action<IReadOnlyList<string>> onHeader,
        long maxRecordBytes,
        [EnumeratorCancellation] CancellationToken cancellationToken,
        char? separator = null)
    {
        long passOffset = 0; // where this pass starts in the file, in bytes
        long passLine = 1; // the actual line at passOffset
        var firstPass = true;
        // The separator comes from the header line alone. CsvHelper's detection reads the first lines, where text full of
        // semicolons (or a pass that starts mid-file, after a bad quote) can outvote the commas of the header.
        // An Excel "sep=;" line before the header names the separator itself; CsvHelper reads it (and the header after it)
        // when no separator is given, and a restart puts both lines in front.
        // A separator the caller gives (tab for .tsv files) is used as it is.
        var headerLine = ReadLines(path, 1);
        var hint = separator is null && (headerLine.AsSpan().StartsWith("\uFEFF"u8) ? headerLine.AsSpan(3) : headerLine).StartsWith("sep="u8);
        separator ??= hint ? null : HeaderSeparator(headerLine);
        if (hint)
        {
            headerLine = ReadLines(path, 2);
        }

        var prefixLines = hint ? 2 : 1;
        while (true)
        {
            var malformed = new List<CsvMalformedRecord>();
            var options = new CsvReaderOptions
            {
                TrackLineNumbers = true,
                MalformedData = CsvMalformedDataHandling.Skip,
                OnMalformedRecord = malformed.Add,
                MaxRecordSize = (int)Math.Clamp(maxRecordBytes, 1024, int.MaxValue / 4),
                Separator = separator,
            };

            // Line numbers of a later pass count the header line (and a "sep=" line) in front of it.
            var first = firstPass;
            var start = passLine;
            long Actual(long lineNumber) => first ? lineNumber : lineNumber - (prefixLines + 1) + start;

            Stream stream = File.OpenRead(path);
            if (!firstPass)
            {
                stream.Seek(passOffset, SeekOrigin.Begin);
                stream = new PrefixedStream(headerLine, stream);
            }

            long? restartAfter = null;
            await using (var csv = CsvReader.Create(stream, options, leaveOpen: false))
            {
                if (firstPass)
                {
                    await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
                    onHeader(csv.Headers);
                }

                long nextLine = Actual(csv.LineNumber) + 1; // the line after the last record read, for a record too long to read
                while (true)
                {
                    bool more;
                    CsvFormatException? tooLong = null;
                    try
                    {
                        more = await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (CsvFormatException ex)
                    {
                        tooLong = ex;
                        more = false;
                    }

                    foreach (var m in malformed)
                    {
                        var line = Actual(m.LineNumber);
                        yield return Describe(m, path, line, csv.Headers, (byte)csv.Separator);
                        if (m.Reason == CsvMalformedReason.UnterminatedQuote || m.RawRecord.AsSpan().ContainsAny('\r', '\n'))
                        {
                            restartAfter = line;
                            break;
                        }
                    }

                    malformed.Clear();
                    if (restartAfter is not null)
                    {
                        break; // the record just read (if any) is read again by the next pass
                    }

                    if (tooLong is not null)
                    {
                        var line = tooLong.LineNumber > 0 ? Actual(tooLong.LineNumber) : nextLine;
                        yield return new CsvRow(new RecordLocation(path, line), [], $"record is over the limit of {maxRecordBytes:N0} bytes (CorpusReadOptions.MaxRecordBytes); most often a quoted field that is never closed; reading resumes on the next line", "record");
                        restartAfter = line;
                        break;
                    }

                    if (!more)
                    {
                        break;
                    }

                    var breaks = CountLineBreaks(csv.RawRecord);
                    if (breaks > 0 && csv.FieldCount != csv.Headers.Count)
                    {
                        // Well-formed quoting, but over several lines and with the wrong number of fields: a quote that
                        // opened a field on the first line was closed by another record's quote, swallowing the lines
                        // between. Rejected like an unclosed quote, so that those lines are read as records of their own.
                        var line = Actual(csv.LineNumber);
                        yield return new CsvRow(new RecordLocation(path, line), [],
                            $"unbalanced quote: a quoted field opens on this line and closes only on a later line, leaving {csv.FieldCount} fields where the header has {csv.Headers.Count}; the record is rejected and reading resumes on the next line",
                            MultiLineField(csv));
                        restartAfter = line;
                        break;
                    }

                    var row = Row(csv, path, Actual(csv.LineNumber));
                    nextLine = row.Location.Line + breaks + 1;
                    yield return row;
                }
            }

            if (restartAfter is null)
            {
                yield break;
            }

            // Start again on the line after the one where the bad record starts (always past this pass's start, so
            // every pass makes progress).
            var restartLine = Math.Max(restartAfter.Value + 1, passLine + 1);
            var next = LineStart(path, passOffset, passLine, restartLine);
            if (next < 0)
            {
                yield break;
            }

            passOffset = next;
            passLine = restartLine;
            firstPass = false;
        }
    }

    private static CsvRow Row(CsvReader csv, string path, long line)
    {
        var at = new RecordLocation(path, line);
        var fields = new string[csv.FieldCount];
        if (!Utf8.IsValid(csv.RawRecord))
        {
            string? problemField = null;
            for (var i = 0; i < csv.FieldCount; i++)
            {
                if (!Utf8.IsValid(csv.GetRawSpan(i)))
                {
                    problemField = i < csv.Headers.Count ? csv.Headers[i] : $"column {i + 1}";
                    break;
                }
            }

            return new CsvRow(at, fields, "invalid UTF-8: the bytes of this field are not valid UTF-8 text (re-save the file as UTF-8)", problemField ?? "record");
        }

        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = csv.GetString(i);
        }

        return new CsvRow(at, fields, null, null);
    }


    /// <summary>The header name of the first field that holds a line break, or <c>record</c>.</summary>
    private static string MultiLineField(CsvReader csv)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (csv.GetRawSpan(i).ContainsAny((byte)'\n', (byte)'\r'))
            {
                return i < csv.Headers.Count ? csv.Headers[i] : "record";
            }
        }

        return "record";
    }

    private static CsvRow Describe(CsvMalformedRecord m, string path, long line, IReadOnlyList<string> headers, byte separator)
    {
        var fieldIndex = FindMalformedField(System.Text.Encoding.UTF8.GetBytes(m.RawRecord), separator);
        var field = fieldIndex >= 0 && fieldIndex < headers.Count ? headers[fieldIndex] : "record";
        var spans = m.RawRecord.AsSpan().ContainsAny('\r', '\n');
        var message = m.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote =>
                "unbalanced quote: a quoted field opens on this line and is never closed; the record is rejected and reading resumes on the next line",
            CsvMalformedReason.StrayQuote => "unbalanced quote: a quote character inside an unquoted field (quote the field and double inner quotes)",
            CsvMalformedReason.TextAfterClosingQuote when spans =>
                "unbalanced quote: a quoted field opens on this line and closes only on a later line, with text after its closing quote; the record is rejected and reading resumes on the next line",
            CsvMalformedReason.TextAfterClosingQuote =>
                "unbalanced quote: text follows the closing quote of a quoted field (double any quote inside a quoted field)",
            CsvMalformedReason.FieldCountMismatch when spans =>
                "wrong number of fields for the header, in a record that runs over several lines (most often an unbalanced quote); the record is rejected and reading resumes on the next line",
            CsvMalformedReason.FieldCountMismatch => "wrong number of fields for the header",
            _ => $"malformed record ({m.Reason})",
        };
        return new CsvRow(new RecordLocation(path, line), [], message, field);
    }

    /// <summary>
    /// The 0-based index of the first field whose quoting is broken, or -1. In a record over several lines, that is the
    /// field whose quote runs past the first line: where the record went wrong, whatever broke later.
    /// </summary>
    internal static int FindMalformedField(ReadOnlySpan<byte> raw, byte separator = (byte)',')
    {
        var field = 0;
        var i = 0;
        while (i <= raw.Length)
        {
            if (i < raw.Length && raw[i] == (byte)'"')
            {
                i++;
                while (true)
                {
                    if (i >= raw.Length)
                    {
                        return field; // never closed
                    }

                    if (raw[i] is (byte)'\n' or (byte)'\r')
                    {
                        return field; // the quote that runs past the end of the record's first line
                    }

                    if (raw[i] == (byte)'"')
                    {
                        if (i + 1 < raw.Length && raw[i + 1] == (byte)'"')
                        {
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    i++;
                }

                if (i < raw.Length && raw[i] != separator && raw[i] != (byte)'\r' && raw[i] != (byte)'\n')
                {
                    return field; // text after the closing quote
                }
            }
            else
            {
                while (i < raw.Length && raw[i] != separator)
                {
                    if (raw[i] == (byte)'"')
                    {
                        return field; // stray quote
                    }

                    i++;
                }
            }

            if (i >= raw.Length)
            {
                return -1;
            }

            i++; // the separator
            field++;
        }

        return -1;
    }

    /// <summary>The most frequent of <c>, ; tab |</c> in the header line (a comma when none occurs).</summary>
    private static char HeaderSeparator(ReadOnlySpan<byte> header)
    {
        var best = ',';
        var bestCount = header.Count((byte)',');
        foreach (var candidate in (ReadOnlySpan<char>)[';', '\t', '|'])
        {
            var count = header.Count((byte)candidate);
            if (count > bestCount)
            {
                (best, bestCount) = (candidate, count);
            }
        }

        return best;
    }

    /// <summary>The first <paramref name="count"/> lines of the file, each with its line break.</summary>
    private static byte[] ReadLines(string path, int count)
    {
        using var fs = new BufferedStream(File.OpenRead(path));
        var bytes = new List<byte>(256);
        int b;
        var lines = 0;
        while (lines < count && (b = fs.ReadByte()) >= 0)
        {
            bytes.Add((byte)b);
            if (b == '\n')
            {
                lines++;
            }
        }

        if (bytes.Count == 0 || bytes[^1] != (byte)'\n')
        {
            bytes.Add((byte)'\n');
        }

        return [.. bytes];
    }

    /// <summary>
    /// The byte offset where 1-based line <paramref name="line"/> starts, or -1 past the end, scanning forward from
    /// <paramref name="fromOffset"/>, where line <paramref name="fromLine"/> starts (so that restarts cost linear time).
    /// Lines end at LF, CR or CRLF, as CsvHelper counts them for its line numbers.
    /// </summary>
    private static long LineStart(string path, long fromOffset, long fromLine, long line)
    {
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        fs.Seek(fromOffset, SeekOrigin.Begin);
        var buffer = new byte[1 << 16];
        var current = fromLine;
        var offset = fromOffset;
        var afterCr = false;
        while (true)
        {
            var read = fs.Read(buffer);
            if (read == 0)
            {
                return -1;
            }

            for (var i = 0; i < read; i++, offset++)
            {
                var b = buffer[i];
                if (afterCr && b != (byte)'\n' && current == line)
                {
                    return offset; // the line after a lone CR starts here
                }

                if (b == (byte)'\n')
                {
                    if (!afterCr)
                    {
                        current++;
                    }

                    afterCr = false;
                    if (current == line)
                    {
                        return offset + 1 < fs.Length ? offset + 1 : -1;
                    }
                }
                else if (b == (byte)'\r')
                {
                    current++;
                    afterCr = true;
                }
                else
                {
                    afterCr = false;
                }
            }
        }
    }

    /// <summary>Line breaks in a record as CsvHelper counts them: LF, CR and CRLF are one each.</summary>
    private static int CountLineBreaks(ReadOnlySpan<byte> raw)
    {
        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'\r' || (raw[i] == (byte)'\n' && (i == 0 || raw[i - 1] != (byte)'\r')))
            {
                n++;
            }
        }

        return n;
    }
}
