using System.Text.Json;

namespace FramingAnalysis;

/// <summary>
/// Writes a corpus as JSON Lines in the format <see cref="JsonlCorpusReader"/> reads: one article per line with
/// <c>paragraphs</c> as an array and comments inline; metadata fields follow in name order. UTF-8, LF line ends.
/// </summary>
public static class JsonlCorpusWriter
{
    /// <summary>Writes the articles to a file (replaced if present).</summary>
    public static void Write(string path, IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(stream, articles);
    }

    /// <summary>Writes the articles to a stream, one JSON object per line.</summary>
    public static void Write(Stream stream, IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(articles);
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var a in articles)
        {
            using (var json = new Utf8JsonWriter(stream, options))
            {
                WriteArticle(json, a);
            }

            stream.WriteByte((byte)'\n');
        }
    }

    private static void WriteArticle(Utf8JsonWriter json, Article a)
    {
        json.WriteStartObject();
        json.WriteString("id", a.Id);
        json.WriteString("source", a.Source);
        WriteOptional(json, "language", a.Language);
        WriteOptional(json, "published", a.Published is null ? null : CsvCorpusWriter.FormatDate(a.Published));
        WriteOptional(json, "title", a.Title);
        WriteOptional(json, "url", a.Url);
        json.WriteStartArray("paragraphs");
        foreach (var p in a.Paragraphs)
        {
            json.WriteStringValue(p);
        }

        json.WriteEndArray();
        json.WriteStartArray("comments");
        foreach (var c in a.Comments)
        {
            json.WriteStartObject();
            json.WriteString("id", c.Id);
            WriteOptional(json, "author", c.Author);
            WriteOptional(json, "published", c.Published is null ? null : CsvCorpusWriter.FormatDate(c.Published));
            json.WriteString("text", c.Text);
            WriteOptional(json, "parent_id", c.ParentId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        foreach (var key in a.Metadata.Keys.Order(StringComparer.Ordinal))
        {
            json.WriteString(key, a.Metadata[key]);
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
