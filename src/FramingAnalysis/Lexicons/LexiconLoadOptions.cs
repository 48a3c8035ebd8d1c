namespace FramingAnalysis.Lexicons;

/// <summary>
/// Options shared by the <see cref="LexiconLoader"/> methods. Immutable; <see cref="Default"/> is lenient and takes
/// name and version from the file.
/// </summary>
public sealed record LexiconLoadOptions
{
    /// <summary>Lenient loading, metadata from the file.</summary>
    public static LexiconLoadOptions Default { get; } = new();

    /// <summary>
    /// When <see langword="true"/>, the first bad line throws <see cref="LexiconFormatException"/>; when
    /// <see langword="false"/> (the default), bad lines are listed in <see cref="LexiconLoadResult.Problems"/>.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The lexicon name. Overrides a <c># name:</c> line; when both are absent the file name without extension (or the
    /// source name given with a <see cref="TextReader"/>) is used.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>The lexicon version. Overrides a <c># version:</c> line; otherwise <see langword="null"/>.</summary>
    public string? Version { get; init; }

    /// <summary>
    /// The lexicon language, a language pack code (<c>en</c>, <c>es</c>, ...). Overrides a <c># language:</c> line; otherwise
    /// <see langword="null"/> (unknown).
    /// </summary>
    public string? Language { get; init; }
}
