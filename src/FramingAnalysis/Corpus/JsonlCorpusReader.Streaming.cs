using System.Text;
using System.Text.Json;

namespace FramingAnalysis;

internal static partial class JsonlCorpusReader
{
    private static readonly JsonReaderOptions StreamingOptions = new() { MaxDepth = 16 };

    // The comment fields, one bit each, so that a repeated field sends the record to the document path.
    private const int CommentId = 1, CommentAuthor = 2, CommentPublished = 4, CommentText = 8, CommentParent = 16;

    /// <summary>
    /// Reads a well-formed record in one forward pass with <see cref="Utf8JsonReader"/>, without building a
    /// <see cref="JsonDocument"/>. Returns false, having reported nothing, for anything it does not handle exactly as
    /// the document path does (malformed JSON, a root that is not an object, a field of the wrong shape, a repeated
    /// comment field); the caller then parses the record with the document path, which produces the same record for
    /// every line this method accepts and the problem reports for the rest.
    /// </summary>
    internal static bool TryParseStreaming(ReadOnlySpan<byte> line, RecordLocation at, out RawArticle? raw)
    {
        raw = null;
        try
        {
            var reader = new Utf8JsonReader(line, StreamingOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var article = new RawArticle { Location = at };
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("paragraphs"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        return false;
                    }

                    article.Paragraphs = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                        {
                            return false; // the document path names the element
                        }

                        article.Paragraphs.Add(Scalar(ref reader, line) ?? string.Empty);
                    }
                }
                else if (reader.ValueTextEquals("comments"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (!TryReadComment(ref reader, line, at, out var comment))
                            {
                                return false;
                            }

                            article.Comments.Add(comment);
                        }
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        return false;
                    }
                }
                else
                {
                    var field = KnownField(ref reader);
                    var name = field is null ? reader.GetString()! : null;
                    reader.Read();
                    if (field is not null && !IsScalarToken(reader.TokenType))
                    {
                        return false; // a known field of the wrong type: the document path reports it
                    }

                    var value = Scalar(ref reader, line);
                    switch (field)
                    {
                        case "id": article.Id = value; break;
                        case "source": article.Source = value; break;
                        case "language": article.Language = value; break;
                        case "published": article.Published = value; break;
                        case "title": article.Title = value; break;
                        case "url": article.Url = value; break;
                        case "text": article.Text = value; break;
                        default: article.Metadata[name!] = value ?? "null"; break;
                    }
                }
            }

            // The object must be closed, and nothing but white space may follow it.
            if (reader.TokenType != JsonTokenType.EndObject || reader.CurrentDepth != 0 || reader.Read())
            {
                return false;
            }

            raw = article;
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string with a lone surrogate escape ("\ud800"); the document path reports it.
            return false;
        }
    }

    private static bool IsScalarToken(JsonTokenType token) =>
        token is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.Null;

    private static string? KnownField(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? "id"
        : reader.ValueTextEquals("source"u8) ? "source"
        : reader.ValueTextEquals("language"u8) ? "language"
        : reader.ValueTextEquals("published"u8) ? "published"
        : reader.ValueTextEquals("title"u8) ? "title"
        : reader.ValueTextEquals("url"u8) ? "url"
        : reader.ValueTextEquals("text"u8) ? "text"
        : null;

    /// <summary>One element of the comments array, read as <see cref="ParseComment"/> reads it.</summary>
    private static bool TryReadComment(ref Utf8JsonReader reader, ReadOnlySpan<byte> line, RecordLocation at, out RawComment comment)
    {
        comment = new RawComment { Location = at };
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return true;
        }

        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals("id"u8) ? CommentId
                : reader.ValueTextEquals("author"u8) ? CommentAuthor
                : reader.ValueTextEquals("published"u8) ? CommentPublished
                : reader.ValueTextEquals("text"u8) ? CommentText
                : reader.ValueTextEquals("parent_id"u8) ? CommentParent
                : 0;
            if ((seen & field) != 0)
            {
                return false;
            }

            seen |= field;
            reader.Read();
            if (field == 0)
            {
                reader.Skip();
                continue;
            }

            if (!IsScalarToken(reader.TokenType))
            {
                return false;
            }

            var value = Scalar(ref reader, line);
            switch (field)
            {
                case CommentId: comment.Id = value; break;
                case CommentAuthor: comment.Author = value; break;
                case CommentPublished: comment.Published = value; break;
                case CommentText: comment.Text = value; break;
                default: comment.ParentId = value; break;
            }
        }

        return true;
    }

    /// <summary>
    /// The value the reader is on, as <c>Scalar(JsonElement)</c> gives it: a string's text, null for null, and the
    /// JSON text of anything else (a number, true, an object). Leaves the reader on the value's last token.
    /// </summary>
    private static string? Scalar(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return Encoding.UTF8.GetString(line[start..(int)reader.BytesConsumed]);
            default:
                return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }
}
