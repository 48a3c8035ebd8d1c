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
public static partial class JsonlCorpusReader
{
    /// <summary>Streams the articles of a JSON Lines file.</summary>
    public static async IAsyncEnumerable<Article> ReadAsync(
        string path,
        CorpusProblems problems,
        CorpusReadOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        options ??= CorpusReadOptions.Default;
        var validator = new RecordValidator(problems, options);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var lines = new Utf8LineReader(stream);
        long lineNumber = 0;
        while (true)
        {
            var line = await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                break;
            }

            lineNumber++;
            var bytes = line.Value;
            if (IsBlank(bytes.Span))
            {
                continue;
            }

            var at = new RecordLocation(path, lineNumber);
            var raw = Parse(bytes, at, validator, options);
            if (raw is null)
            {
                continue;
            }

            var article = validator.Validate(raw);
            if (article is not null)
            {
                yield return article;
            }
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
                switch (prop.Name)
                {
                    case "id": raw.Id = Scalar(prop.Value); break;
                    case "source": raw.Source = Scalar(prop.Value); break;
                    case "language": raw.Language = Scalar(prop.Value); break;
                    case "published": raw.Published = Scalar(prop.Value); break;
                    case "title": raw.Title = Scalar(prop.Value); break;
                    case "url": raw.Url = Scalar(prop.Value); break;
                    case "text": raw.Text = Scalar(prop.Value); break;
                    case "paragraphs":
                        if (prop.Value.ValueKind != JsonValueKind.Array)
                        {
                            validator.RejectArticle(at, "paragraphs", "expected an array of strings", raw.Id);
                            return null;
                        }

                        raw.Paragraphs = [];
                        foreach (var p in prop.Value.EnumerateArray())
                        {
                            raw.Paragraphs.Add(Scalar(p) ?? string.Empty);
                        }

                        break;
                    case "comments":
                        if (prop.Value.ValueKind == JsonValueKind.Array)
                        {
                            foreach (var c in prop.Value.EnumerateArray())
                            {
                                raw.Comments.Add(ParseComment(c, at));
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

            return raw;
        }
    }

    private static RawComment ParseComment(JsonElement c, RecordLocation at)
    {
        if (c.ValueKind != JsonValueKind.Object)
        {
            return new RawComment { Location = at };
        }

        string? Get(string name) => c.TryGetProperty(name, out var v) ? Scalar(v) : null;
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
