namespace FramingAnalysis;

/// <summary>
/// Splits an article body given as text, the way every reader does. The text may be clean (paragraphs separated by
/// blank lines) or copied from a news page (one paragraph per line, stray blank lines, page chrome, a headline, a
/// comment section, embedded posts). See <see cref="Parse"/> for the rules.
/// </summary>
public static class ArticleText
{
    /// <summary>Splits a body into paragraphs (trimmed of surrounding blank space, never empty).</summary>
    public static IReadOnlyList<string> SplitParagraphs(string text) => Split(text, detectComments: false).Paragraphs;

    /// <summary>
    /// Splits a body into paragraphs and, when <paramref name="detectComments"/> is set, the comment texts after a
    /// comment-section header line.
    /// </summary>
    public static (IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Comments) Split(string text, bool detectComments)
    {
        var parsed = Parse(text, detectTitle: false, detectComments);
        return (parsed.Paragraphs, parsed.Comments.Select(c => c.Text).ToList());
    }

    /// <summary>
    /// Reads a body as text copied or scraped from a page. Every non-blank line ends up in exactly one place: the title,
    /// a paragraph (page chrome included, as its own paragraph), the comment-section header, or a comment (its author
    /// and time lines become the comment's metadata).
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>A text with no blank line has one paragraph per line. Otherwise paragraphs are decided per block of lines
    /// between blank lines: a block whose lines each read as a paragraph (they end with sentence punctuation; a short
    /// heading line may stand between two of them) is split per line, any other block is one paragraph. So stray blank
    /// lines merge nothing.</item>
    /// <item>Page chrome ("Listen to the article", "Share", "Publicidad", cookie and subscription lines, bylines, date
    /// lines) is always a paragraph of its own, which <see cref="UnitSplitter"/> marks as boilerplate.</item>
    /// <item>With <paramref name="detectTitle"/>, the first line that is not chrome is the title when it is short (at
    /// most 200 characters), does not end with a period and is not the text of an embedded post.</item>
    /// <item>An embedded post's attribution line (<c>— Name (@handle) March 3, 2026</c>, "A post shared by …") takes the
    /// line before it (the whole block when the block is short and the post starts it) and any link-only lines after it
    /// (<c>pic.twitter.com/…</c>) or that carry the post's picture link, so a post whose attribution sits between its
    /// lines stays one post.</item>
    /// <item>With <paramref name="detectComments"/>, a comment-section header ("14 Comments", "Comentarios (3)",
    /// "## Comments") starts the comments: one per line or per block as for paragraphs, or, where the section has author
    /// and time lines ("Maria · 2h", "hace 3 horas"), one per author or time line.</item>
    /// </list>
    /// Language-specific words come from <see cref="PageTextCues"/> (the splitter's <see cref="UnitSplitterOptions.Cues"/>).
    /// </remarks>
    /// <param name="text">The body text; line breaks may be LF, CRLF or CR.</param>
    /// <param name="detectTitle">Whether to look for a headline at the top.</param>
    /// <param name="detectComments">Whether a comment-section header starts the comments.</param>
    /// <param name="splitter">The splitter whose chrome rules apply; <see cref="UnitSplitter.Default"/> when null.</param>
    /// <param name="markdown">Whether the text is Markdown: a leading <c>#</c> is taken off the title.</param>
    public static ScrapedText Parse(string text, bool detectTitle, bool detectComments, UnitSplitter? splitter = null, bool markdown = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ScrapedTextParser(splitter ?? UnitSplitter.Default, markdown).Parse(text, detectTitle, detectComments);
    }
}
