namespace FramingAnalysis.Text;

/// <summary>
/// Settings for <see cref="Tokenizer.Create"/>. Immutable; validated once when the tokenizer is created,
/// never in the hot loop. The defaults are those of <see cref="Tokenizer.Default"/>.
/// </summary>
public sealed record TokenizerOptions
{
    /// <summary>The options of <see cref="Tokenizer.Default"/>: built-in lists only.</summary>
    public static TokenizerOptions Default { get; } = new();

    /// <summary>
    /// Abbreviations to keep whole, in addition to the built-in English and Spanish ones, each with its final dot
    /// (<c>"Gob."</c>, <c>"S.L."</c>). Matching is case-sensitive, except that an entry starting with a lowercase letter
    /// also matches with that letter capitalized. Each entry must consist of letters and dots, end with a dot, and be
    /// at most 32 characters; an entry with inner dots must have groups of at most 4 letters (<c>EE.UU.</c>).
    /// </summary>
    public IReadOnlyCollection<string> ExtraAbbreviations { get; init; } = [];

    /// <summary>
    /// Top-level domains that make a bare <c>name.tld</c> (no scheme, no path) a URL, in addition to the built-in
    /// ones (<c>com</c>, <c>org</c>, <c>es</c>, <c>mx</c>...). Lowercase ASCII letters only, without the dot.
    /// </summary>
    public IReadOnlyCollection<string> ExtraTopLevelDomains { get; init; } = [];
}
