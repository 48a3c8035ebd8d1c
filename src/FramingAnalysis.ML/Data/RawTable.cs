using System.Text.Json;
using CsvHelper;

namespace FramingAnalysis.ML;

/// <summary>A delimited or JSON Lines file read as a header and rows of strings, each with its physical line.</summary>
internal sealed class RawTable
{
    private RawTable(string path, int headerLine, string[] header, List<(int Line, string?[] Fields)> rows)
    {
        Path = path;
        HeaderLine = headerLine;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public int HeaderLine { get; }

    public string[] Header { get; }

    public List<(int Line, string?[] Fields)> Rows { get; }

    public int IndexOf(string column) => Array.FindIndex(Header, h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads <c>.tsv</c>/<c>.tab</c>, <c>.csv</c> or <c>.jsonl</c>/<c>.ndjson</c>; lines starting with <c>#</c> before the header are comments.</summary>
    public static RawTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file", path);
        }

        var ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".tsv" or ".tab" or ".txt" => ReadTsv(path),
            ".csv" => ReadCsv(path),
            ".jsonl" or ".ndjson" => ReadJsonl(path),
            _ => throw new NotSupportedException($"{path}: cannot read '{ext}' files as training data (use .csv, .tsv or .jsonl)"),
        };
    }

    private static RawTable ReadTsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var i = SkipComments(lines);
        if (i >= lines.Length)
        {
            return new RawTable(path, Math.Max(1, lines.Length), [], []);
        }

        var header = lines[i].Split('\t').Select(h => h.Trim()).ToArray();
        var rows = new List<(int, string?[])>();
        for (var j = i + 1; j < lines.Length; j++)
        {
            if (lines[j].Length == 0)
            {
                continue;
            }

            rows.Add((j + 1, lines[j].Split('\t')));
        }

        return new RawTable(path, i + 1, header, rows);
    }

    private static int SkipComments(string[] lines)
    {
        var i = 0;
        while (i < lines.Length && (lines[i].StartsWith('#') || lines[i].Trim().Length == 0))
        {
            i++;
        }

        return i;
    }

    private static RawTable ReadCsv(string path)
    {
        // Malformed quoting is reported, never read past: with CsvHelper's default recovery an unclosed quote swallows
        // every later row into one field (reported only as an "empty label"), and a stray quote pairs with a later one.
        var malformed = new List<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = malformed.Add,
        };
        var rows = new List<(int, string?[])>();
        int headerLine = 1;
        string[] header;
        using var csv = CsvReader.Create(File.OpenRead(path), options, leaveOpen: false);
        try
        {
            csv.ReadHeader();
            header = csv.Headers.Select(h => h.Trim()).ToArray();
            while (csv.Read())
            {
                var fields = new string?[csv.FieldCount];
                for (var k = 0; k < fields.Length; k++)
                {
                    fields[k] = csv.GetString(k);
                }

                rows.Add(((int)csv.LineNumber, fields));
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not FileNotFoundException)
        {
            var line = rows.Count > 0 ? rows[^1].Item1 + 1 : headerLine;
            throw new TrainingDataException([new TrainingDataProblem(path, line, "record", "malformed CSV: " + ex.Message)]);
        }

        if (malformed.Count > 0)
        {
            throw new TrainingDataException([.. malformed.Select(m => new TrainingDataProblem(path, (int)m.LineNumber, ColumnOf(m, header), Describe(m)))]);
        }

        return new RawTable(path, headerLine, header, rows);
    }

    private static string Describe(CsvMalformedRecord m) => m.Reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "unbalanced quote: a quoted field opens on this line and is never closed",
        CsvMalformedReason.StrayQuote => "unbalanced quote: a quote character inside an unquoted field (quote the field and double inner quotes)",
        CsvMalformedReason.TextAfterClosingQuote => m.RawRecord.Contains('\n')
            ? "unbalanced quote: a quoted field opens on this line and closes only on a later line"
            : "unbalanced quote: text follows the closing quote of a quoted field (double any quote inside a quoted field)",
        _ => $"malformed CSV record ({m.Reason})",
    };

    /// <summary>The header name of the field whose quoting is broken (as far as a simple scan of the record shows), or <c>record</c>.</summary>
    private static string ColumnOf(CsvMalformedRecord m, string[] header)
    {
        var raw = m.RawRecord;
        var field = 0;
        var inQuotes = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '"')
            {
                var atStart = i == 0 || raw[i - 1] == ',';
                if (!inQuotes && !atStart)
                {
                    break; // a stray quote in this field
                }

                if (inQuotes && i + 1 < raw.Length && raw[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                if (inQuotes && i + 1 < raw.Length && raw[i + 1] != ',')
                {
                    break; // text after the closing quote
                }

                inQuotes = !inQuotes;
            }
            else if (c == ',' && !inQuotes)
            {
                field++;
            }
            else if (c == '\n' && inQuotes)
            {
                break; // the field that swallowed the line break
            }
        }

        return field < header.Length ? header[field] : "record";
    }

    private static RawTable ReadJsonl(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = new List<string>();
        var objects = new List<(int, Dictionary<string, string?>)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            Dictionary<string, string?> values = new(StringComparer.OrdinalIgnoreCase);
            try
            {
                using var doc = JsonDocument.Parse(lines[i]);
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new TrainingDataException([new TrainingDataProblem(path, i + 1, "record", "a JSON Lines record must be an object")]);
                }

                foreach (var property in doc.RootElement.EnumerateObject())
                {
                    if (!header.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        header.Add(property.Name);
                    }

                    values[property.Name] = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Null => null,
                        // Frames may be given as an array of ids; they are joined with ';' like the CSV form.
                        JsonValueKind.Array => string.Join(';', property.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
                        _ => property.Value.GetRawText(),
                    };
                }
            }
            catch (JsonException ex)
            {
                throw new TrainingDataException([new TrainingDataProblem(path, i + 1, "record", "not valid JSON: " + ex.Message)]);
            }
            catch (InvalidOperationException ex)
            {
                // A string with a lone surrogate escape ("\ud800") cannot be read as text.
                throw new TrainingDataException([new TrainingDataProblem(path, i + 1, "record", "invalid string: " + ex.Message)]);
            }

            objects.Add((i + 1, values));
        }

        var rows = objects.Select(o => (o.Item1, header.Select(h => o.Item2.GetValueOrDefault(h)).ToArray())).ToList();
        return new RawTable(path, objects.Count > 0 ? objects[0].Item1 : 1, [.. header], rows);
    }
}
