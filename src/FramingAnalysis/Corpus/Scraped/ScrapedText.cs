namespace FramingAnalysis;

/// <summary>
/// An article body as <see cref="ArticleText.Parse"/> read it from text copied or scraped from a page: the headline
/// (when asked to find one), the paragraphs in reading order (page chrome and comment-section chrome included, for
/// <see cref="UnitSplitter"/> to mark as boilerplate), the comment-section header and the comments. Immutable.
/// </summary>
/// <param name="Title">The headline found at the top of the text, or <see langword="null"/>.</param>
/// <param name="Paragraphs">Every other non-blank line of the body, grouped into paragraphs; nothing is left out.</param>
/// <param name="Comments">The comments after a comment-section header, in order.</param>
/// <param name="CommentHeader">The comment-section header line ("14 Comments"), which marks where the comments start; the
/// readers keep it as the article's <c>comment_header</c> metadata, not as a unit.</param>
/// <param name="DeclaredCommentCount">The count in the comment-section header, when it gives one.</param>
public sealed record ScrapedText(
    string? Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ScrapedComment> Comments,
    string? CommentHeader,
    int? DeclaredCommentCount);

/// <summary>A comment found in scraped text, with the author and time lines that stood with it. Immutable.</summary>
/// <param name="Text">The comment's text, its lines joined by line breaks; never empty.</param>
/// <param name="Author">The author line ("Maria" of "Maria · 2h"), or <see langword="null"/>.</param>
/// <param name="Time">The time as the page wrote it ("2h", "hace 3 horas", "March 3, 2026"), or <see langword="null"/>.</param>
public sealed record ScrapedComment(string Text, string? Author, string? Time);
