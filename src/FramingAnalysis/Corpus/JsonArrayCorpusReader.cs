using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Unicode;

namespace FramingAnalysis;

/// <summary>
/// Reads a <c>.json</c> file that holds one JSON array of article objects, each with the fields of
/// <see cref="JsonlCorpusReader"/> (<c>id, source, language, published, title, url</c>, <c>paragraphs</c> or <c>text</c>,
/// <c>comments</c>); an object with an <c>articles</c> array is read the same way. Problems name the line where the
/// article object starts.
/// </summary>
/// <remarks>The file is read whole (a JSON array cannot be streamed record by record as JSON Lines can).</remarks>
internal static class JsonArrayCorpusReader
{
    /// <summary>Streams the articles of a JSON array file.</summary>
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
        if (new FileInfo(path).Length > options.MaxFileBytes)
        {
            // The array is parsed whole, so its size is bounded like a text-folder file (issue 23).
            validator.RejectArticle(new RecordLocation(path, 1), "record", $"file is over the limit of {options.MaxFileBytes:N0} bytes (CorpusReadOptions.MaxFileBytes); not read (JSON Lines streams files of any size)");
            yield break;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var body = bytes.AsMemory();
        if (body.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        foreach (var (record, line) in Elements(body, path, validator))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = ReadRecord(record, new RecordLocation(path, line), validator);
            if (article is not null)
            {
                yield return article;
            }
        }
    }

    /// <summary>Parses and validates one element; anything that goes wrong inside it rejects that record only (issue 23).</summary>
    private static Article? ReadRecord(ReadOnlyMemory<byte> record, RecordLocation at, RecordValidator validator)
    {
        RawArticle? raw = null;
        try
        {
            raw = JsonlCorpusReader.ParseDocument(record, at, validator);
            return raw is null ? null : validator.Validate(raw);
        }
        catch (Exception ex) when (ex is not CorpusFormatException and not OutOfMemoryException and not OperationCanceledException)
        {
            validator.RejectArticle(at, "record", $"could not be read: {ex.GetType().Name}: {ex.Message}", raw?.Id);
            return null;
        }
    }

    /// <summary>The bytes and 1-based start line of each element of the array; a file-level problem is reported once.</summary>
    private static List<(ReadOnlyMemory<byte> Record, long Line)> Elements(ReadOnlyMemory<byte> json, string path, RecordValidator validator)
    {
        var result = new List<(ReadOnlyMemory<byte>, long)>();
        if (!Utf8.IsValid(json.Span))
        {
            validator.RejectArticle(new RecordLocation(path, LineAt(json.Span, FirstInvalid(json.Span))), "record", "invalid UTF-8: the file contains bytes that are not valid UTF-8 text (re-save it as UTF-8); nothing in it was read");
            return result;
        }

        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        long line = 1;
        var lineCountedTo = 0;
        try
        {
            if (!reader.Read())
            {
                validator.RejectArticle(new RecordLocation(path, 1), "record", "the file is empty; expected a JSON array of article objects");
                return result;
            }

            if (reader.TokenType == JsonTokenType.StartObject && !SeekArticlesArray(ref reader))
            {
                validator.RejectArticle(new RecordLocation(path, 1), "record", "expected a JSON array of article objects, or an object with an \"articles\" array");
                return result;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                validator.RejectArticle(new RecordLocation(path, 1), "record", $"expected a JSON array of article objects, found {reader.TokenType}");
                return result;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                line += Count(json.Span[lineCountedTo..start]);
                lineCountedTo = start;
                reader.Skip();
                result.Add((json[start..(int)reader.BytesConsumed], line));
            }
        }
        catch (JsonException ex)
        {
            var at = (ex.LineNumber ?? 0) + 1;
            validator.RejectArticle(new RecordLocation(path, at), "record", $"not valid JSON: {ex.Message}; the rest of the file is not read");
        }

        return result;
    }

    private static bool SeekArticlesArray(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isArticles = reader.ValueTextEquals("articles"u8);
            reader.Read();
            if (isArticles)
            {
                return reader.TokenType == JsonTokenType.StartArray;
            }

            reader.Skip();
        }

        return false;
    }

    private static long Count(ReadOnlySpan<byte> span) => span.Count((byte)'\n');

    private static long LineAt(ReadOnlySpan<byte> span, int index) => Count(span[..Math.Max(0, index)]) + 1;

    private static int FirstInvalid(ReadOnlySpan<byte> span)
    {
        var i = 0;
        while (i < span.Length && System.Text.Rune.DecodeFromUtf8(span[i..], out _, out var n) == System.Buffers.OperationStatus.Done)
        {
            i += n;
        }

        return i;
    }
}
