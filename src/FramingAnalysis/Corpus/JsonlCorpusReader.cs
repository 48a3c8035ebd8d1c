using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;

namespace FramingAnalysis;

/// <summary>
/// Reads JSON Lines: one article object per line with the fields <c>id, source, language, published, title, url</c>,
/// either <c>paragraphs</c> (an array of strings) or <c>text</c>, and <c>comments</c> (an array of objects with
/// <c>id, author, published, text, parent_id</c>). Unknown fields go to <see cref="Article.Metadata"/>.
/// </summary>
/// <remarks>Streams line by line, so memory does not grow with the file. Blank lines are skipped.</remarks>
internal static partial class JsonlCorpusReader
{
    /// <summary>Streams the articles of a JSON Lines file.</summary>
    public static IAsyncEnumerable<Article> ReadAsync(
        string path,
        CorpusProblems problems,
        CorpusReadOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFilesAsync([path], problems, options, cancellationToken);
    }

    /// <summary>Streams the articles of several JSON Lines files in order, as one corpus (an id may be used once in all of them).</summary>
    internal static async IAsyncEnumerable<Article> ReadFilesAsync(
        IReadOnlyList<string> paths,
        CorpusProblems problems,
        CorpusReadOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problems);
        options ??= CorpusReadOptions.Default;
        var validator = new RecordValidator(problems, options);
        foreach (var path in paths)
        {
            await foreach (var article in ReadFileAsync(path, validator, options, cancellationToken).ConfigureAwait(false))
            {
                yield return article;
            }
        }
    }

    /// <summary>
    /// Streams the articles of the lines in bytes [<paramref name="start"/>, <paramref name="end"/>) of a JSON Lines file,
    /// a range that starts and ends on line boundaries (<see cref="CorpusPartitioner"/>): the same records and problems
    /// a read of the whole file gives for those lines, with line numbers counted from <paramref name="firstLine"/> (the
    /// absolute number of the range's first line). Duplicate ids are checked within the range only.
    /// </summary>
    internal static IAsyncEnumerable<Article> ReadRangeAsync(string path, long start, long end, long firstLine, CorpusProblems problems,
        CorpusReadOptions? options, CancellationToken cancellationToken)
    {
        options ??= CorpusReadOptions.Default;
        return ReadFileAsync(path, new RecordValidator(problems, options), options, cancellationToken, start, end, firstLine);
    }

    private static async IAsyncEnumerable<Article> ReadFileAsync(
        string path,
        RecordValidator validator,
        CorpusReadOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken,
        long start = 0,
        long end = long.MaxValue,
        long firstLine = 1)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        stream.Seek(start, SeekOrigin.Begin);
        var lines = new Utf8LineReader(stream, options.MaxRecordBytes, end - start);
        var lineNumber = firstLine - 1;
        while (true)
        {
            var line = await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                break;
            }

            lineNumber++;
            var bytes = line.Value;
            var at = new RecordLocation(path, lineNumber);
            if (lines.LastLineTooLong)
            {
                validator.RejectArticle(at, "record", $"line is {lines.LastLineLength:N0} bytes, over the limit of {options.MaxRecordBytes:N0} (CorpusReadOptions.MaxRecordBytes); skipped to the next line");
                continue;
            }

            // A byte order mark before the first record is not part of it (editors on Windows write one).
            if (lineNumber == 1 && bytes.Span.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            if (IsBlank(bytes.Span))
            {
                continue;
            }

            var article = ReadRecord(bytes, at, validator, options);
            if (article is not null)
            {
                yield return article;
            }
        }
    }

    /// <summary>
    /// Parses and validates one line. Whatever goes wrong inside one record (an exception from the JSON parser or the
    /// validator) rejects that record with a problem; it never ends the read. Strict mode's
    /// <see cref="CorpusFormatException"/> still propagates.
    /// </summary>
    private static Article? ReadRecord(ReadOnlyMemory<byte> bytes, RecordLocation at, RecordValidator validator, CorpusReadOptions options)
    {
        RawArticle? raw = null;
        try
        {
            raw = Parse(bytes, at, validator, options);
            return raw is null ? null : validator.Validate(raw);
        }
        catch (Exception ex) when (ex is not CorpusFormatException and not OutOfMemoryException and not OperationCanceledException)
        {
            validator.RejectArticle(at, "record", $"could not be read: {ex.GetType().Name}: {ex.Message}", raw?.Id);
            return null;
        }
    }

    private static RawArticle? Parse(ReadOnlyMemory<byte> bytes, RecordLocation at, RecordValidator validator, CorpusReadOptions options)
    {
        if (!Utf8.IsValid(bytes.Span))
        {
            validator.RejectArticle(at, FindInvalidField(bytes.Span), "invalid UTF-8: the line contains bytes that are not valid UTF-8 text (re-save the file as UTF-8)");
            return null;
        }

        // A line far longer than any text we accept is rejected before it is parsed.
        if (bytes.Length > (long)options.MaxTextLength * 3 + 65_536)
        {
            validator.RejectArticle(at, "record", $"line is {bytes.Length:N0} bytes, too long for a text limit of {options.MaxTextLength:N0} characters (CorpusReadOptions.MaxTextLength)");
            return null;
        }

        return TryParseStreaming(bytes.Span, at, out var streamed) ? streamed : ParseDocument(bytes, at, validator);
    }

    /// <summary>Parses a record through a <see cref="JsonDocument"/>, reporting what is wrong with it; null when rejected.</summary>
    internal static RawArticle? ParseDocument(ReadOnlyMemory<byte> bytes, RecordLocation at, RecordValidator validator)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            validator.RejectArticle(at, "record", $"not a JSON object: {ex.Message}");
            return null;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                validator.RejectArticle(at, "record", $"expected a JSON object, found {root.ValueKind}");
                return null;
            }

            var raw = new RawArticle { Location = at };
            foreach (var prop in root.EnumerateObject())
            {
                try
                {
                    if (!ReadProperty(prop, raw, at, validator))
                    {
                        return null;
                    }
                }
                catch (InvalidOperationException ex)
                {
                    // JsonElement.GetString throws this for a "\ud800" escape: a lone surrogate is not text.
                    validator.RejectArticle(at, prop.Name, $"invalid string: {ex.Message} (a \\u escape encodes half a surrogate pair)", raw.Id);
                    return null;
                }
            }

            return raw;
        }
    }

    /// <summary>Reads one top-level field into <paramref name="raw"/>; false (after reporting) when the record is rejected.</summary>
    private static bool ReadProperty(JsonProperty prop, RawArticle raw, RecordLocation at, RecordValidator validator)
    {
        string? Text(string field)
        {
            if (!IsScalar(prop.Value))
            {
                throw new WrongTypeException(field, prop.Value.ValueKind);
            }

            return Scalar(prop.Value);
        }

        try
        {
            switch (prop.Name)
            {
                case "id": raw.Id = Text("id"); break;
                case "source": raw.Source = Text("source"); break;
                case "language": raw.Language = Text("language"); break;
                case "published": raw.Published = Text("published"); break;
                case "title": raw.Title = Text("title"); break;
                case "url": raw.Url = Text("url"); break;
                case "text": raw.Text = Text("text"); break;
                case "paragraphs":
                    if (prop.Value.ValueKind != JsonValueKind.Array)
                    {
                        validator.RejectArticle(at, "paragraphs", "expected an array of strings", raw.Id);
                        return false;
                    }

                    raw.Paragraphs = [];
                    var index = 0;
                    foreach (var p in prop.Value.EnumerateArray())
                    {
                        if (p.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                        {
                            throw new WrongTypeException($"paragraphs[{index}]", p.ValueKind);
                        }

                        raw.Paragraphs.Add(p.GetString() ?? string.Empty);
                        index++;
                    }

                    break;
                case "comments":
                    if (prop.Value.ValueKind == JsonValueKind.Array)
                    {
                        var n = 0;
                        foreach (var c in prop.Value.EnumerateArray())
                        {
                            if (ParseComment(c, at, n++, validator) is { } comment)
                            {
                                raw.Comments.Add(comment);
                            }
                        }
                    }
                    else if (prop.Value.ValueKind != JsonValueKind.Null)
                    {
                        validator.Report(at, "comments", "expected an array of comment objects; comments ignored", ProblemSeverity.Warning, raw.Id);
                    }

                    break;
                default:
                    raw.Metadata[prop.Name] = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString()! : prop.Value.GetRawText();
                    break;
            }
        }
        catch (WrongTypeException ex)
        {
            validator.RejectArticle(at, ex.Field, ex.Message, raw.Id);
            return false;
        }

        return true;
    }

    /// <summary>Whether a value may stand for a text field: a string, a number (an id such as 17) or null.</summary>
    private static bool IsScalar(JsonElement e) =>
        e.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null or JsonValueKind.Undefined;

    /// <summary>One element of a comments array; null (after reporting the comment as rejected) when it cannot be read.</summary>
    private static RawComment? ParseComment(JsonElement c, RecordLocation at, int index, RecordValidator validator)
    {
        if (c.ValueKind != JsonValueKind.Object)
        {
            return new RawComment { Location = at };
        }

        string? id = null;
        try
        {
            id = c.TryGetProperty("id", out var idValue) && IsScalar(idValue) ? Scalar(idValue) : null;
            string? Get(string name)
            {
                if (!c.TryGetProperty(name, out var v))
                {
                    return null;
                }

                return IsScalar(v) ? Scalar(v) : throw new WrongTypeException($"comments[{index}].{name}", v.ValueKind);
            }

            return new RawComment
            {
                Location = at,
                Id = Get("id"),
                Author = Get("author"),
                Published = Get("published"),
                Text = Get("text"),
                ParentId = Get("parent_id"),
            };
        }
        catch (WrongTypeException ex)
        {
            validator.RejectComment(at, ex.Field, ex.Message, id);
            return null;
        }
        catch (InvalidOperationException ex)
        {
            validator.RejectComment(at, $"comments[{index}]", $"invalid string: {ex.Message}", id);
            return null;
        }
    }

    /// <summary>A field whose JSON value is of the wrong type (an object where a string belongs).</summary>
    private sealed class WrongTypeException(string field, JsonValueKind found)
        : Exception($"expected a string, found {Describe(found)}")
    {
        public string Field { get; } = field;

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Number => "a number",
            _ => kind.ToString(),
        };
    }

    private static string? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => e.GetRawText(),
    };

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    /// <summary>Names the JSON field whose string holds the first invalid byte, as far as the bytes before it show.</summary>
    private static string FindInvalidField(ReadOnlySpan<byte> line)
    {
        var valid = 0;
        while (valid < line.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(line[valid..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            valid += consumed;
        }

        // The last "name": before the bad byte is the field.
        var before = System.Text.Encoding.UTF8.GetString(line[..valid]);
        var colon = before.LastIndexOf("\":", StringComparison.Ordinal);
        if (colon > 0)
        {
            var open = before.LastIndexOf('"', colon - 1);
            if (open >= 0)
            {
                return before[(open + 1)..colon];
            }
        }

        return "record";
    }
}
