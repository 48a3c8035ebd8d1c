using System.Runtime.CompilerServices;
using System.Text.Unicode;
using CsvHelper;

namespace FramingAnalysis;

/// <summary>One CSV record as strings, with its location; <see cref="Problem"/> is set when the record is unusable.</summary>
internal sealed record CsvRow(RecordLocation Location, string[] Fields, string? Problem, string? ProblemField);

/// <summary>
/// Streams the records of a CSV file through CsvHelper, turning malformed quoting and invalid UTF-8 into per-record
/// problems instead of exceptions. A quoted field that is never closed would swallow the rest of the file; the source
/// reports it and starts reading again on the line after the one where the quote opened, so that later records are
/// not lost.
/// </summary>
internal static class CsvRecordSource
{
    public static async IAsyncEnumerable<CsvRow> ReadAsync(
        string path,
        Action<IReadOnlyList<string>> onHeader,
        [EnumeratorCancellation] CancellationToken cancellationToken,
        char? separator = null)
    {
        byte[]? headerLine = null;
        long restartOffset = 0;
        long lineBase = 0; // actual line of the first data line of the current pass, minus 2
        var firstPass = true;
        while (true)
        {
            var malformed = new List<CsvMalformedRecord>();
            var options = new CsvReaderOptions
            {
                TrackLineNumbers = true,
                Separator = separator,
                MalformedData = CsvMalformedDataHandling.Skip,
                OnMalformedRecord = malformed.Add,
            };

            Stream stream;
            if (firstPass)
            {
                stream = File.OpenRead(path);
            }
            else
            {
                var file = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
                var rest = file.AsSpan((int)restartOffset);
                var buffer = new byte[headerLine!.Length + rest.Length];
                headerLine.CopyTo(buffer, 0);
                rest.CopyTo(buffer.AsSpan(headerLine.Length));
                stream = new MemoryStream(buffer, writable: false);
            }

            CsvMalformedRecord? unterminated = null;
            await using (var csv = CsvReader.Create(stream, options, leaveOpen: false))
            {
                if (firstPass)
                {
                    await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
                    onHeader(csv.Headers);
                    headerLine = ReadHeaderLine(path);
                }

                while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    foreach (var row in Drain(malformed, path, lineBase, csv.Headers, separator, ref unterminated))
                    {
                        yield return row;
                    }

                    var at = new RecordLocation(path, Actual(csv.LineNumber, lineBase, firstPass));
                    var fields = new string[csv.FieldCount];
                    string? problem = null;
                    string? problemField = null;
                    if (!Utf8.IsValid(csv.RawRecord))
                    {
                        for (var i = 0; i < csv.FieldCount; i++)
                        {
                            if (!Utf8.IsValid(csv.GetRawSpan(i)))
                            {
                                problemField = i < csv.Headers.Count ? csv.Headers[i] : $"column {i + 1}";
                                break;
                            }
                        }

                        problem = "invalid UTF-8: the bytes of this field are not valid UTF-8 text (re-save the file as UTF-8)";
                        problemField ??= "record";
                    }
                    else
                    {
                        for (var i = 0; i < fields.Length; i++)
                        {
                            fields[i] = csv.GetString(i);
                        }
                    }

                    yield return new CsvRow(at, fields, problem, problemField);
                }

                foreach (var row in Drain(malformed, path, lineBase, csv.Headers, separator, ref unterminated))
                {
                    yield return row;
                }
            }

            if (unterminated is null)
            {
                yield break;
            }

            // Start again on the line after the one where the unclosed quote opened.
            var badLine = firstPass ? unterminated.Value.LineNumber : unterminated.Value.LineNumber + lineBase;
            var next = LineStart(path, badLine + 1);
            if (next < 0)
            {
                yield break;
            }

            restartOffset = next;
            lineBase = badLine + 1 - 2;
            firstPass = false;
        }
    }

    private static long Actual(long lineNumber, long lineBase, bool firstPass) => firstPass ? lineNumber : lineNumber + lineBase;

    private static List<CsvRow> Drain(List<CsvMalformedRecord> malformed, string path, long lineBase, IReadOnlyList<string> headers, char? separator, ref CsvMalformedRecord? unterminated)
    {
        var rows = new List<CsvRow>(malformed.Count);
        foreach (var m in malformed)
        {
            var line = lineBase == 0 ? m.LineNumber : m.LineNumber + lineBase;
            var fieldIndex = FindMalformedField(System.Text.Encoding.UTF8.GetBytes(m.RawRecord), separator ?? ',');
            var field = fieldIndex >= 0 && fieldIndex < headers.Count ? headers[fieldIndex] : "record";
            var message = m.Reason switch
            {
                CsvMalformedReason.UnterminatedQuote =>
                    "unbalanced quote: a quoted field opens on this line and is never closed; the record is rejected and reading resumes on the next line",
                CsvMalformedReason.StrayQuote => "unbalanced quote: a quote character inside an unquoted field (quote the field and double inner quotes)",
                CsvMalformedReason.TextAfterClosingQuote =>
                    "unbalanced quote: text follows the closing quote of a quoted field (double any quote inside a quoted field)",
                CsvMalformedReason.FieldCountMismatch => "wrong number of fields for the header",
                _ => $"malformed record ({m.Reason})",
            };
            if (m.Reason == CsvMalformedReason.UnterminatedQuote)
            {
                unterminated = m;
            }

            rows.Add(new CsvRow(new RecordLocation(path, line), [], message, field));
        }

        malformed.Clear();
        return rows;
    }

    /// <summary>The 0-based index of the first field whose quoting is broken, or -1.</summary>
    internal static int FindMalformedField(ReadOnlySpan<byte> raw, char separator = ',')
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

                if (i < raw.Length && raw[i] != (byte)separator && raw[i] != (byte)'\r' && raw[i] != (byte)'\n')
                {
                    return field; // text after the closing quote
                }
            }
            else
            {
                while (i < raw.Length && raw[i] != (byte)separator)
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

    private static byte[] ReadHeaderLine(string path)
    {
        using var fs = File.OpenRead(path);
        var bytes = new List<byte>(256);
        int b;
        while ((b = fs.ReadByte()) >= 0)
        {
            bytes.Add((byte)b);
            if (b == '\n')
            {
                break;
            }
        }

        if (bytes.Count == 0 || bytes[^1] != (byte)'\n')
        {
            bytes.Add((byte)'\n');
        }

        return [.. bytes];
    }

    /// <summary>The byte offset where 1-based line <paramref name="line"/> starts, or -1 past the end.</summary>
    private static long LineStart(string path, long line)
    {
        using var fs = new BufferedStream(File.OpenRead(path), 1 << 16);
        long current = 1;
        long offset = 0;
        int b;
        while (current < line && (b = fs.ReadByte()) >= 0)
        {
            offset++;
            if (b == '\n')
            {
                current++;
            }
        }

        return current == line && offset < new FileInfo(path).Length ? offset : -1;
    }
}
