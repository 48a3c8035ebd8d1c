namespace FramingAnalysis.Text;

/// <summary>
/// What a <see cref="Token"/> is. Every non-whitespace character of the input belongs to exactly one token,
/// and every token has exactly one kind.
/// </summary>
public enum TokenKind : byte
{
    /// <summary>
    /// A word in any script: letters, digits and combining marks, with internal hyphens (<c>far-right</c>) and
    /// apostrophes (<c>don't</c>, <c>Salvador’s</c>), and abbreviations with their dots (<c>Sr.</c>, <c>EE.UU.</c>).
    /// </summary>
    Word,

    /// <summary>
    /// A number with its internal separators: <c>2026</c>, <c>40,000</c>, <c>40.000</c>, <c>1,5</c>, <c>65-70</c>,
    /// <c>10:30</c>, <c>−5</c>, and ordinal or decade suffixes (<c>3rd</c>, <c>1990s</c>, <c>1.º</c>, <c>2ª</c>).
    /// Signs of percent and currency are separate <see cref="Symbol"/> tokens.
    /// </summary>
    Number,

    /// <summary>
    /// Punctuation: one token per mark, except that runs of dots (<c>...</c>), runs of <c>!</c>/<c>?</c>
    /// (<c>?!</c>, <c>!!!</c>) and a double hyphen (<c>--</c>) are one token each.
    /// </summary>
    Punctuation,

    /// <summary>A web address with or without a scheme (<c>https://x.com/a</c>, <c>www.example.org</c>, <c>bit.ly/3xYz</c>).</summary>
    Url,

    /// <summary>An e-mail address (<c>press@example.com</c>).</summary>
    Email,

    /// <summary>A social-media handle with its sign (<c>@handle</c>).</summary>
    Mention,

    /// <summary>A hashtag with its sign (<c>#ÚltimaHora</c>).</summary>
    Hashtag,

    /// <summary>
    /// One emoji as a reader sees it: a single pictograph, or a whole ZWJ sequence, flag, keycap,
    /// skin-tone or variation-selector sequence.
    /// </summary>
    Emoji,

    /// <summary>A text emoticon such as <c>:)</c>, <c>:'(</c>, <c>&lt;3</c>, <c>xD</c> or <c>-_-</c>.</summary>
    Emoticon,

    /// <summary>
    /// A symbol that is not punctuation: <c>%</c>, <c>$</c>, <c>€</c>, <c>&amp;</c>, <c>+</c>, <c>=</c>, <c>°</c>,
    /// <c>©</c>, <c>™</c>, <c>*</c>, a lone <c>/</c> or <c>|</c>, and anything unassigned or malformed
    /// (a lone surrogate, a combining mark with no base).
    /// </summary>
    Symbol,
}
