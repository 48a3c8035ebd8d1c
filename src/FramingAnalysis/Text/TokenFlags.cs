namespace FramingAnalysis.Text;

/// <summary>
/// Facts about a token's surface that later stages use without looking at its text again
/// (shouting in capitals, negation clitics, abbreviations that do not end a sentence).
/// </summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>No flag applies.</summary>
    None = 0,

    /// <summary>At least two letters and every letter is uppercase (<c>NEVER</c>, <c>EE.UU.</c>). Non-letters are ignored.</summary>
    AllCaps = 1,

    /// <summary>The first letter is uppercase and the token is not <see cref="AllCaps"/> (<c>Bukele</c>, <c>I</c>, <c>McDonald</c>).</summary>
    Capitalized = 2,

    /// <summary>A word with an internal apostrophe, straight or typographic (<c>don't</c>, <c>Salvador’s</c>, <c>o'clock</c>).</summary>
    Apostrophe = 4,

    /// <summary>A word ending in the English negation clitic <c>n't</c> or <c>n’t</c> (<c>don't</c>, <c>isn’t</c>, <c>can't</c>).</summary>
    NegationClitic = 8,

    /// <summary>A word with an internal hyphen (<c>far-right</c>, <c>tough-on-crime</c>).</summary>
    Hyphenated = 16,

    /// <summary>
    /// A known abbreviation or an initial, including its final dot (<c>Sr.</c>, <c>U.S.</c>, <c>e.g.</c>, <c>J.</c> in <c>J. Smith</c>).
    /// </summary>
    Abbreviation = 32,

    /// <summary>The token contains at least one character above U+007F.</summary>
    NonAscii = 64,
}
