namespace FramingAnalysis;

/// <summary>
/// One scorable piece of an article: its title, a paragraph, an embedded post or a comment. Every figure
/// FramingAnalysis reports is an aggregate of unit results. Immutable.
/// </summary>
public sealed record TextUnit
{
    /// <summary>
    /// A stable identifier: <c>{article}/title</c>, <c>{article}/p{n}</c> (n is the 1-based paragraph position,
    /// counting every paragraph, boilerplate included) or <c>{article}/c/{comment id}</c>.
    /// </summary>
    public required string UnitId { get; init; }

    /// <summary>The <see cref="Article.Id"/> of the article the unit belongs to.</summary>
    public required string ArticleId { get; init; }

    /// <summary>The outlet of the article the unit belongs to.</summary>
    public required string Source { get; init; }

    /// <summary>What the unit is; decides its <see cref="Voice"/> and whether it is scored.</summary>
    public required UnitKind Kind { get; init; }

    /// <summary>
    /// The unit's position: 0 for the title, the 1-based paragraph number for paragraphs, embedded posts and
    /// boilerplate, and the 1-based comment position for comments.
    /// </summary>
    public required int Index { get; init; }

    /// <summary>The unit's text, exactly as read.</summary>
    public required string Text { get; init; }

    /// <summary>The language declared for the article (BCP-47), or <see langword="null"/> when it must be detected.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>The comment author, or the embedded post's author when its attribution line names one.</summary>
    public string? Author { get; init; }

    /// <summary>For a comment, the id of the comment it replies to.</summary>
    public string? ParentId { get; init; }

    /// <summary>The voice the unit speaks in, derived from <see cref="Kind"/>.</summary>
    public Voice Voice => Kind switch
    {
        UnitKind.EmbeddedPost => Voice.Embedded,
        UnitKind.Comment => Voice.Audience,
        _ => Voice.Outlet,
    };

    /// <summary>Whether the scorers look at this unit (everything except <see cref="UnitKind.Boilerplate"/>).</summary>
    public bool IsScored => Kind != UnitKind.Boilerplate;
}
