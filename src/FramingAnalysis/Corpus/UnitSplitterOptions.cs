namespace FramingAnalysis;

/// <summary>
/// What <see cref="UnitSplitter"/> treats as page chrome. Immutable; validated when the splitter is made.
/// </summary>
public sealed record UnitSplitterOptions
{
    /// <summary>The default options: English and Spanish page chrome seen on news sites.</summary>
    public static UnitSplitterOptions Default { get; } = new();

    /// <summary>
    /// Phrases that mark a short paragraph as page chrome when the paragraph starts with one of them (compared
    /// case- and accent-insensitively). The default covers common English and Spanish site furniture.
    /// </summary>
    public IReadOnlyList<string> BoilerplatePrefixes { get; init; } =
    [
        "listen to this story", "listen to this article", "share this article", "share this story", "share on",
        "related coverage", "related:", "related stories", "read more", "read also", "advertisement",
        "sign up for", "subscribe to", "click here", "follow us on", "this article was", "photo:", "image:",
        "lee también", "lee tambien", "lea también", "te puede interesar", "comparte esta nota", "comparte este artículo",
        "compartir en", "publicidad", "escucha esta nota", "escuchar nota", "suscríbete", "síguenos en", "foto:",
        "más información", "noticias relacionadas", "ver también",
    ];

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
