namespace FramingAnalysis;

/// <summary>
/// One news article (or op-ed, blog post, press release) as it was published by one outlet, with the reader
/// comments under it. Immutable; made by the corpus readers or by user code.
/// </summary>
/// <remarks>
/// The article keeps its text as paragraphs exactly as they were read: page chrome, embedded social posts and quoted
/// speech are still inside them. <see cref="UnitSplitter"/> turns an article into scorable <see cref="TextUnit"/>s
/// and decides which paragraphs are the outlet's own voice.
/// </remarks>
public sealed record Article
{
    /// <summary>The article's identifier, unique within a corpus (for example <c>a17</c>). Never empty.</summary>
    public required string Id { get; init; }

    /// <summary>The outlet that published the article (for example <c>The Gazette Wire</c>). Never empty.</summary>
    public required string Source { get; init; }

    /// <summary>
    /// A BCP-47 language code such as <c>en</c> or <c>es</c>, lower-cased; <see langword="null"/> means "detect it
    /// from the text".
    /// </summary>
    public string? Language { get; init; }

    /// <summary>When the article was published, with its UTC offset, if known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The headline, if any. It becomes the unit <c>{Id}/title</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The address of the article, if known.</summary>
    public string? Url { get; init; }

    /// <summary>The body paragraphs in reading order. A paragraph may contain single line breaks.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The reader comments, in the order they were read.</summary>
    public IReadOnlyList<Comment> Comments { get; init; } = [];

    /// <summary>Extra columns or fields of the input that the model has no property for (column name → value).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = EmptyMetadata;

    /// <summary>Where the article was read from, for error messages; <see langword="null"/> for articles made in code.</summary>
    public RecordLocation? Location { get; init; }

    internal static readonly IReadOnlyDictionary<string, string> EmptyMetadata =
        new Dictionary<string, string>(StringComparer.Ordinal).AsReadOnly();
}
