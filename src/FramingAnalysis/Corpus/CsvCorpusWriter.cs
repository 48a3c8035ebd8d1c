using System.Globalization;
using CsvHelper;

namespace FramingAnalysis;

/// <summary>
/// Writes a corpus as <c>articles.csv</c> and <c>comments.csv</c> in the format <see cref="CsvCorpusReader"/> reads:
/// UTF-8 without a byte-order mark, LF line ends, paragraphs joined by a blank line, metadata as extra columns
/// (sorted by name), dates in ISO 8601 round-trip form.
/// </summary>
public static class CsvCorpusWriter
{
    /// <summary>Writes <c>articles.csv</c> and <c>comments.csv</c> into <paramref name="folder"/> (created if needed).</summary>
    public static void Write(string folder, IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(articles);
        Directory.CreateDirectory(folder);
        var list = articles.ToList();
        using (var writer = new StreamWriter(Path.Combine(folder, "articles.csv"), false, new System.Text.UTF8Encoding(false)))
        {
            WriteArticles(writer, list);
        }

        using (var writer = new StreamWriter(Path.Combine(folder, "comments.csv"), false, new System.Text.UTF8Encoding(false)))
        {
            WriteComments(writer, list);
        }
    }

    /// <summary>Writes the articles table (without comments) to a text writer.</summary>
    public static void WriteArticles(TextWriter writer, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(articles);
        var extra = articles.SelectMany(a => a.Metadata.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(["id", "source", "language", "published", "title", "url", "text", .. extra]);
        foreach (var a in articles)
        {
            csv.WriteField(a.Id);
            csv.WriteField(a.Source);
            csv.WriteField(a.Language ?? string.Empty);
            csv.WriteField(FormatDate(a.Published));
            csv.WriteField(a.Title ?? string.Empty);
            csv.WriteField(a.Url ?? string.Empty);
            csv.WriteField(string.Join("\n\n", a.Paragraphs));
            foreach (var key in extra)
            {
                csv.WriteField(a.Metadata.TryGetValue(key, out var v) ? v : string.Empty);
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    /// <summary>Writes the comments table of all articles to a text writer.</summary>
    public static void WriteComments(TextWriter writer, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(articles);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(["article_id", "id", "author", "published", "text", "parent_id"]);
        foreach (var a in articles)
        {
            foreach (var c in a.Comments)
            {
                csv.WriteField(a.Id);
                csv.WriteField(c.Id);
                csv.WriteField(c.Author ?? string.Empty);
                csv.WriteField(FormatDate(c.Published));
                csv.WriteField(c.Text);
                csv.WriteField(c.ParentId ?? string.Empty);
                csv.EndRecord();
            }
        }

        csv.Flush();
    }

    internal static string FormatDate(DateTimeOffset? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) ?? string.Empty;
}
