namespace FramingAnalysis.Text;

/// <summary>
/// Reduces a folded term to a stem, so that inflected and closely derived forms share one lookup key
/// (<c>criticó</c>, <c>criticaron</c>, <c>críticas</c> → <c>critic</c>).
/// </summary>
/// <remarks>
/// The built-in stemmers (<see cref="Languages.EnglishStemmer"/>, <see cref="Languages.SpanishStemmer"/>) are light suffix strippers:
/// they aim to merge inflections, not to find linguistic roots, and prefer leaving two forms apart to merging
/// unrelated words. Implementations must be thread-safe and must not allocate.
/// </remarks>
public interface IStemmer
{
    /// <summary>The code of the language this stemmer is for (that of its <see cref="Languages.LanguagePack"/>).</summary>
    string Language { get; }

    /// <summary>Writes the stem of <paramref name="folded"/> into <paramref name="destination"/>.</summary>
    /// <param name="folded">
    /// A term already folded by <see cref="TermNormalizer.Fold(ReadOnlySpan{char}, Span{char})"/> (lowercase, no
    /// accents except <c>ñ</c>). Unfolded input gives unspecified, but safe, results.
    /// </param>
    /// <param name="destination">Where the stem is written; <c>folded.Length</c> characters are always enough.</param>
    /// <returns>The length of the stem, at most <c>folded.Length</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the stem.</exception>
    int Stem(ReadOnlySpan<char> folded, Span<char> destination);
}
