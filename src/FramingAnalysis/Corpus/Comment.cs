namespace FramingAnalysis;

/// <summary>
/// A reader comment under an article: the audience's voice, never the outlet's. Immutable.
/// </summary>
public sealed record Comment
{
    /// <summary>The comment's identifier, unique within its article (for example <c>c42</c>). Never empty.</summary>
    public required string Id { get; init; }

    /// <summary>The commenter's display name or handle, if known.</summary>
    public string? Author { get; init; }

    /// <summary>When the comment was posted, if known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The comment text. Never empty.</summary>
    public required string Text { get; init; }

    /// <summary>The <see cref="Id"/> of the comment this one replies to, or <see langword="null"/> for a top-level comment.</summary>
    public string? ParentId { get; init; }

    /// <summary>
    /// What the input said about the comment beyond the fields above, for example <c>time</c> = <c>2h</c> or
    /// <c>hace 3 horas</c> from the time line above a comment in scraped text. Empty when there is nothing.
    /// </summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = Article.EmptyMetadata;

    /// <summary>Where the comment was read from, for error messages; <see langword="null"/> for comments made in code.</summary>
    public RecordLocation? Location { get; init; }
}
