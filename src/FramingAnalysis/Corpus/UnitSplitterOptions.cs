namespace FramingAnalysis;

/// <summary>
/// What <see cref="UnitSplitter"/> treats as page chrome. Immutable; validated when the splitter is made.
/// </summary>
public sealed record UnitSplitterOptions
{
    /// <summary>
    /// The default options: the page chrome of every registered language pack (English and Spanish are built in), those
    /// of <see cref="UnitSplitter.Default"/>.
    /// </summary>
    public static UnitSplitterOptions Default => UnitSplitter.Default.Options;

    /// <summary>
    /// Phrases that mark a short paragraph as page chrome when the paragraph starts with one of them (compared
    /// case- and accent-insensitively). The default is the <c>chrome_prefix</c> rows of <see cref="PageTextCues.Default"/>.
    /// </summary>
    public IReadOnlyList<string> BoilerplatePrefixes { get; init; } = PageTextCues.Default.ChromePrefixes;

    /// <summary>
    /// The page-text cues (whole-line chrome, bylines, date lines, comment-section headers and chrome, post attributions)
    /// the splitter and <see cref="ArticleText.Parse"/> apply; <see langword="null"/> means <see cref="PageTextCues.Default"/>.
    /// </summary>
    public PageTextCues? Cues { get; init; }

    /// <summary>
    /// A paragraph longer than this many characters is never boilerplate, whatever it starts with. Default 160.
    /// </summary>
    public int MaxBoilerplateLength { get; init; } = 160;

    /// <summary>
    /// An attribution-only paragraph (<c>— Name (@handle) date</c>) also marks the paragraph before it as part of
    /// the embedded post when that paragraph is at most this many characters long. Default 400 (a long post).
    /// </summary>
    public int MaxEmbeddedPostLength { get; init; } = 400;
}
