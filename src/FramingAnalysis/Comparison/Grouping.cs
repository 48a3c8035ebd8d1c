namespace FramingAnalysis.Comparison;

/// <summary>
/// What defines a group of articles in a comparison: the article's <see cref="Source"/> (the default), its declared
/// <see cref="Language"/>, or the value of one of its metadata fields (<see cref="ByMetadata"/>). Immutable; two
/// groupings are equal when they group the same way.
/// </summary>
/// <remarks>
/// The command line and the reports write a grouping as text: <c>source</c>, <c>language</c> or
/// <c>metadata.&lt;key&gt;</c> (<see cref="Name"/>, <see cref="Parse"/>).
/// </remarks>
public sealed record Grouping
{
    private const string MetadataPrefix = "metadata.";

    private readonly By _by;

    private Grouping(By by, string name, string? metadataKey)
    {
        _by = by;
        Name = name;
        MetadataKey = metadataKey;
    }

    private enum By
    {
        Source,
        Language,
        Metadata,
    }

    /// <summary>The group key of articles without the metadata field grouped by, or with an empty value.</summary>
    public const string NoValue = "(none)";

    /// <summary>The language code of articles that declare none, under <see cref="Language"/>.</summary>
    public const string UndeclaredLanguage = "und";

    /// <summary>Groups by the article's source (outlet); the default.</summary>
    public static Grouping Source { get; } = new(By.Source, "source", null);

    /// <summary>Groups by the article's declared language (<see cref="UndeclaredLanguage"/> when it declares none).</summary>
    public static Grouping Language { get; } = new(By.Language, "language", null);

    /// <summary>Groups by the value of the metadata field <paramref name="key"/> (<see cref="NoValue"/> when missing or empty).</summary>
    /// <param name="key">The metadata key: an extra column or field of the corpus.</param>
    /// <exception cref="ArgumentException">The key is empty.</exception>
    public static Grouping ByMetadata(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return new(By.Metadata, MetadataPrefix + key, key);
    }

    /// <summary>The grouping as the command line and the reports write it: <c>source</c>, <c>language</c> or <c>metadata.&lt;key&gt;</c>.</summary>
    public string Name { get; }

    /// <summary>The metadata key grouped by, or null when the grouping is by source or language.</summary>
    public string? MetadataKey { get; }

    /// <summary>Reads a grouping as the command line writes it (<c>source</c>, <c>language</c>, <c>metadata.&lt;key&gt;</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The grouping.</returns>
    /// <exception cref="ArgumentException">The text names no grouping.</exception>
    public static Grouping Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text switch
        {
            "source" => Source,
            "language" => Language,
            _ when text.StartsWith(MetadataPrefix, StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(text[MetadataPrefix.Length..]) => ByMetadata(text[MetadataPrefix.Length..]),
            _ => throw new ArgumentException($"Unknown grouping '{text}'; use source, language or metadata.<key>.", nameof(text)),
        };
    }

    /// <summary>The group an article belongs to under this grouping (before any time window).</summary>
    /// <param name="article">The article.</param>
    /// <returns>The group key.</returns>
    public string KeyOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _by switch
        {
            By.Source => article.Source,
            By.Language => article.Language ?? UndeclaredLanguage,
            _ => article.Metadata.TryGetValue(MetadataKey!, out var value) && !string.IsNullOrWhiteSpace(value) ? value : NoValue,
        };
    }

    /// <summary>The grouping's <see cref="Name"/>.</summary>
    public override string ToString() => Name;
}
