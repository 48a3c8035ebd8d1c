namespace FramingAnalysis;

/// <summary>
/// Which CSV/TSV column holds which article field, for files whose header does not use the standard names (for example
/// a dataset whose text column is called <c>body</c>). Names are matched case-insensitively. Immutable.
/// </summary>
/// <example><code>var options = new CorpusReadOptions { Columns = new CorpusColumns { Text = "body", Id = "doc_id" } };</code></example>
public sealed record CorpusColumns
{
    /// <summary>The standard names: <c>id, source, language, published, title, url, text</c>.</summary>
    public static CorpusColumns Default { get; } = new();

    /// <summary>The column of <see cref="Article.Id"/> (required). Default <c>id</c>.</summary>
    public string Id { get; init; } = "id";

    /// <summary>The column of <see cref="Article.Source"/> (required). Default <c>source</c>.</summary>
    public string Source { get; init; } = "source";

    /// <summary>The column of <see cref="Article.Language"/> (optional). Default <c>language</c>.</summary>
    public string Language { get; init; } = "language";

    /// <summary>The column of <see cref="Article.Published"/> (optional). Default <c>published</c>.</summary>
    public string Published { get; init; } = "published";

    /// <summary>The column of <see cref="Article.Title"/>; a file needs this column or <see cref="Text"/>. Default <c>title</c>.</summary>
    public string Title { get; init; } = "title";

    /// <summary>The column of <see cref="Article.Url"/> (optional). Default <c>url</c>.</summary>
    public string Url { get; init; } = "url";

    /// <summary>The column of the body text; a file needs this column or <see cref="Title"/> (a headline dataset). Default <c>text</c>.</summary>
    public string Text { get; init; } = "text";

    /// <summary>The names in the reader's field order: id, source, language, published, title, url, text.</summary>
    internal string[] InReaderOrder() => [Id, Source, Language, Published, Title, Url, Text];

    /// <summary>The CLI option that sets each field, in the same order, for error messages.</summary>
    internal static readonly string[] CliOptions = ["--id-column", "--source-column", "--language-column", "--published-column", "--title-column", "--url-column", "--text-column"];
}
